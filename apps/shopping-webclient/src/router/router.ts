import { createRouter, createWebHistory, type Router } from 'vue-router';
import { useSessionStore } from '../stores/session-store.js';
import { routes } from './routes.js';

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean;
  }
}

export function createShopRouter(history = createWebHistory(import.meta.env.BASE_URL)): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  router.beforeEach(async (to) => {
    if (!to.meta.requiresAuth) return true;
    const session = useSessionStore();
    if (await session.check()) return true;
    return { name: 'login', query: { redirect: to.fullPath } };
  });
  return router;
}
