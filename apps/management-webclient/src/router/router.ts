import { createRouter, createWebHistory, type Router } from 'vue-router';
import { onSessionExpired } from '@aneis/web-api';
import { canAccess } from '../session/permissions.js';
import { useSessionStore } from '../session/session-store.js';
import { routes } from './routes.js';

/**
 * E-mailed links follow Veniqa's hash routes (`/management/#/password-reset/<token>`); they
 * are turned into this app's history routes.
 */
export function pathFromLegacyHash(hash: string): string | null {
  return hash.startsWith('#/') ? hash.slice(1) : null;
}

/** The first menu section the admin may open: where "home" is for them. */
export function firstAllowedPath(router: Router, permissions: readonly string[]): string | null {
  const section = router
    .getRoutes()
    .find((route) => route.meta.navLabel && canAccess(permissions, route.meta.access));
  return section?.path ?? null;
}

let stopListeningForExpiry: (() => void) | undefined;

export function createAdminRouter(history = createWebHistory(import.meta.env.BASE_URL)): Router {
  const router = createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) });

  router.beforeEach(async (to) => {
    const legacy = pathFromLegacyHash(to.hash);
    if (legacy) return legacy;
    if (to.meta.public) return true;
    const session = useSessionStore();
    if (!(await session.check())) return { name: 'login', query: { redirect: to.fullPath } };
    if (canAccess(session.permissions, to.meta.access)) return true;
    const home = firstAllowedPath(router, session.permissions);
    return home && home !== to.path ? home : { name: 'forbidden' };
  });

  // One router per app: a new one (tests) replaces the previous listener.
  stopListeningForExpiry?.();
  stopListeningForExpiry = onSessionExpired(() => {
    useSessionStore().forget();
    const current = router.currentRoute.value;
    if (!current.meta.public) {
      void router.push({ name: 'login', query: { redirect: current.fullPath, expired: '1' } });
    }
  });
  return router;
}
