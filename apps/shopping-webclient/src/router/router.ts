import { onSessionExpired } from '@aneis/web-api';
import { createRouter, createWebHistory, type Router } from 'vue-router';
import { useSessionStore } from '../stores/session-store.js';
import { routes } from './routes.js';

declare module 'vue-router' {
  interface RouteMeta {
    requiresAuth?: boolean;
  }
}

/** One router per app: a new one (tests) replaces the previous listener. */
let stopListeningForExpiry: (() => void) | undefined;

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

  // The server ended the session (it expired, or the account was blocked): the header stops
  // showing a logged-in shopper, and an account page sends them to log in again.
  stopListeningForExpiry?.();
  stopListeningForExpiry = onSessionExpired(() => {
    useSessionStore().forget();
    const current = router.currentRoute.value;
    if (current.meta.requiresAuth) {
      void router.push({ name: 'login', query: { redirect: current.fullPath } });
    }
  });
  return router;
}
