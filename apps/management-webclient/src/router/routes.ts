import type { RouteRecordRaw } from 'vue-router';
import type { MessageKey } from '../i18n/i18n.js';
import { referenceTabs } from '../reference/reference-tabs.js';
import type { Access } from '../session/permissions.js';
import { useSessionStore } from '../session/session-store.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** Navigation label; routes without one stay out of the menu. */
    navLabel?: MessageKey;
    /** Who may open the page (the server's guards); absent means any logged-in admin. */
    access?: Access;
    /** Open without logging in (login, password pages). */
    public?: boolean;
  }
}

/** The first reference section this admin may see. */
function firstReferenceTab(): string {
  const session = useSessionStore();
  const tab = referenceTabs.find((candidate) => session.can(candidate.access)) ?? referenceTabs[0];
  return `/reference-data/${tab?.path ?? 'categories'}`;
}

const passwordPage = () => import('../pages/PasswordResetPage.vue');
const productPage = () => import('../pages/catalogue/ProductEditPage.vue');

/** Every page is lazy: the login page loads no catalogue, order or chart code. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'dashboard',
    component: () => import('../pages/DashboardPage.vue'),
    meta: { navLabel: 'nav.dashboard', access: 'canViewDashboard' },
  },
  {
    path: '/catalog',
    name: 'catalog',
    component: () => import('../pages/catalogue/CataloguePage.vue'),
    meta: { navLabel: 'nav.catalogue', access: 'canViewCatalog' },
  },
  {
    path: '/catalog/new',
    name: 'product-new',
    component: productPage,
    meta: { access: 'canManageCatalog' },
  },
  {
    path: '/catalog/:id',
    name: 'product-edit',
    component: productPage,
    props: true,
    meta: { access: 'canViewCatalog' },
  },
  {
    path: '/orders',
    name: 'orders',
    component: () => import('../pages/orders/OrdersPage.vue'),
    meta: { navLabel: 'nav.orders', access: 'canViewOrders' },
  },
  {
    path: '/orders/:id',
    name: 'order-detail',
    component: () => import('../pages/orders/OrderDetailPage.vue'),
    props: true,
    meta: { access: 'canViewOrders' },
  },
  {
    path: '/customers',
    name: 'customers',
    component: () => import('../pages/customers/CustomersPage.vue'),
    meta: { navLabel: 'nav.customers', access: 'canViewCustomers' },
  },
  {
    path: '/customers/:id',
    name: 'customer-detail',
    component: () => import('../pages/customers/CustomerDetailPage.vue'),
    props: true,
    meta: { access: 'canViewCustomers' },
  },
  {
    path: '/featured',
    name: 'featured',
    component: () => import('../pages/featured/FeaturedPage.vue'),
    meta: { navLabel: 'nav.featured', access: 'canViewFeatured' },
  },
  {
    path: '/reference-data',
    component: () => import('../pages/reference/ReferenceDataPage.vue'),
    meta: { navLabel: 'nav.referenceData', access: ['canViewCategories', 'canViewTariff'] },
    children: [
      { path: '', name: 'reference-data', redirect: firstReferenceTab },
      ...referenceTabs.map((tab) => ({
        path: tab.path,
        name: tab.name,
        component: tab.editor,
        meta: { access: tab.access },
      })),
    ],
  },
  {
    path: '/coupons',
    name: 'coupons',
    component: () => import('../pages/coupons/CouponsPage.vue'),
    meta: { navLabel: 'nav.coupons', access: 'canViewCoupons' },
  },
  {
    path: '/admins',
    name: 'admins',
    component: () => import('../pages/admins/AdminsPage.vue'),
    meta: { navLabel: 'nav.admins', access: 'isSuperAdmin' },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('../pages/audit/AuditLogPage.vue'),
    meta: { navLabel: 'nav.audit', access: 'canViewAudit' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('../pages/LoginPage.vue'),
    meta: { public: true },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('../pages/ForgotPasswordPage.vue'),
    meta: { public: true },
  },
  {
    path: '/password-reset/:token',
    name: 'password-reset',
    component: passwordPage,
    props: true,
    meta: { public: true },
  },
  {
    path: '/onboarding/:token',
    name: 'onboarding',
    component: passwordPage,
    props: (route) => ({ token: route.params['token'], onboarding: true }),
    meta: { public: true },
  },
  { path: '/forbidden', name: 'forbidden', component: () => import('../pages/ForbiddenPage.vue') },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../pages/NotFoundPage.vue'),
    meta: { public: true },
  },
];
