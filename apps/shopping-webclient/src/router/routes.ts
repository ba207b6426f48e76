import type { RouteRecordRaw } from 'vue-router';

/** Every page is its own chunk, so the home page downloads only what it shows. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('../pages/HomePage.vue') },
  { path: '/search', name: 'search', component: () => import('../pages/SearchPage.vue') },
  {
    path: '/products/:productId',
    name: 'product',
    component: () => import('../pages/ProductPage.vue'),
    props: true,
  },
  // Slug addresses (the server renders them for search engines; old id addresses redirect there).
  {
    path: '/anel/:slug',
    name: 'product-by-slug',
    component: () => import('../pages/ProductBySlugPage.vue'),
    props: true,
  },
  {
    path: '/categoria/:slug',
    name: 'category',
    component: () => import('../pages/CategoryPage.vue'),
    props: true,
  },
  {
    path: '/cart',
    name: 'cart',
    // Guests too: their cart is kept in the session.
    component: () => import('../pages/CartPage.vue'),
  },
  {
    path: '/checkout',
    name: 'checkout',
    component: () => import('../pages/CheckoutPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/orders',
    name: 'orders',
    component: () => import('../pages/OrdersPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/orders/:orderId',
    name: 'order',
    component: () => import('../pages/OrderDetailPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/account/addresses',
    name: 'addresses',
    component: () => import('../pages/AddressesPage.vue'),
    meta: { requiresAuth: true },
  },
  { path: '/login', name: 'login', component: () => import('../pages/LoginPage.vue') },
  { path: '/signup', name: 'signup', component: () => import('../pages/SignupPage.vue') },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('../pages/ForgotPasswordPage.vue'),
  },
  {
    path: '/resend-confirmation',
    name: 'resend-confirmation',
    component: () => import('../pages/ResendConfirmationPage.vue'),
  },
  {
    path: '/email-confirmation/:token',
    name: 'email-confirmation',
    component: () => import('../pages/EmailConfirmationPage.vue'),
    props: true,
  },
  {
    path: '/password-reset/:token',
    name: 'password-reset',
    component: () => import('../pages/PasswordResetPage.vue'),
    props: true,
  },
  { path: '/about', name: 'about', component: () => import('../pages/AboutPage.vue') },
  { path: '/faq', name: 'faq', component: () => import('../pages/FaqPage.vue') },
  { path: '/faqs', redirect: '/faq' },
  { path: '/contact', name: 'contact', component: () => import('../pages/ContactPage.vue') },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../pages/NotFoundPage.vue'),
  },
];
