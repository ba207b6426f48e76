import type { RouteRecordRaw } from 'vue-router';
import type { MessageKey } from '../i18n/i18n.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** Navigation label; routes without one stay out of the menu. */
    navLabel?: MessageKey;
  }
}

const pending = () => import('../pages/PendingPage.vue');

/** Sections of the admin UI; the pages behind most of them are still placeholders. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'dashboard',
    component: () => import('../pages/DashboardPage.vue'),
    meta: { navLabel: 'nav.dashboard' },
  },
  { path: '/catalog', name: 'catalog', component: pending, meta: { navLabel: 'nav.catalogue' } },
  { path: '/orders', name: 'orders', component: pending, meta: { navLabel: 'nav.orders' } },
  { path: '/featured', name: 'featured', component: pending, meta: { navLabel: 'nav.featured' } },
  {
    path: '/reference-data',
    name: 'reference-data',
    component: pending,
    meta: { navLabel: 'nav.referenceData' },
  },
  { path: '/admins', name: 'admins', component: pending, meta: { navLabel: 'nav.admins' } },
  { path: '/audit', name: 'audit', component: pending, meta: { navLabel: 'nav.audit' } },
  { path: '/login', name: 'login', component: pending },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../pages/NotFoundPage.vue'),
  },
];
