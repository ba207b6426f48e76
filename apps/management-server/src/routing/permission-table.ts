import {
  adminRoles,
  hasPermission,
  managementRoutes,
  routeKey,
  type AdminRole,
  type RouteContract,
} from '@aneis/contracts';

/**
 * Who may call a route, derived from the contract's route table (the one declarative source of
 * route → permissions): anyone, any logged-in admin, or admins holding one of `allowed`.
 */
export type Guard =
  { kind: 'public' } | { kind: 'loggedIn' } | { kind: 'permission'; allowed: readonly AdminRole[] };

export function guardOf(route: Pick<RouteContract, 'auth' | 'permissions'>): Guard {
  if (route.auth === 'public') return { kind: 'public' };
  if (route.auth !== 'admin') {
    // A shopper-only route has no place in the admin server's table.
    throw new Error(`management routes are public or admin-only, got auth "${route.auth}"`);
  }
  return route.permissions === undefined
    ? { kind: 'loggedIn' }
    : { kind: 'permission', allowed: route.permissions };
}

/** Route key → guard, for every management route. */
export const permissionTable: ReadonlyMap<string, Guard> = new Map(
  managementRoutes.map((route) => [routeKey(route), guardOf(route)]),
);

/** Who calls: an admin holding exactly these roles, nobody, or a shopper's session. */
export type Caller =
  { kind: 'admin'; roles: readonly AdminRole[] } | { kind: 'anonymous' } | { kind: 'customer' };

/** The status a caller must get from a guard before the route's own logic runs. */
export function expectedGuardStatus(guard: Guard, caller: Caller): 200 | 401 | 403 {
  if (guard.kind === 'public') return 200;
  if (caller.kind !== 'admin') return 401;
  if (guard.kind === 'loggedIn') return 200;
  return hasPermission(caller.roles, guard.allowed) ? 200 : 403;
}

/** Every role, one admin each, for the permission matrix. */
export const everyRole: readonly AdminRole[] = adminRoles;
