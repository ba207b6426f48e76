import type { z } from 'zod';
import type { AdminRole } from '../management/roles.js';

export const httpMethods = ['GET', 'POST', 'PUT', 'DELETE'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/**
 * Who may call a route: anyone, a logged-in shopper, or a logged-in admin; `session` is anyone
 * with (or about to get) a session cookie, guest or logged in, and acts on what that session owns
 * (the guest cart, or the shopper's account once logged in).
 */
export type RouteAuth = 'public' | 'session' | 'user' | 'admin';

/**
 * How the success body is sent: Veniqa's envelope (default), a raw JSON value (login,
 * isLoggedIn), or plain text (logout).
 */
export type ResponseFormat = 'envelope' | 'json' | 'text';

export interface RouteRequest {
  body?: z.ZodType;
  query?: z.ZodType;
  /** Path parameters, for paths with `:name` segments. */
  params?: z.ZodType;
}

export interface RouteContract {
  method: HttpMethod;
  /** Express-style path, e.g. `/security/confirmEmailAddress/:token`. */
  path: string;
  auth: RouteAuth;
  /**
   * Management only: the admin passes when holding any of these. Absent on an admin route means
   * any logged-in admin.
   */
  permissions?: readonly AdminRole[];
  request?: RouteRequest;
  /** The success payload (inside the envelope unless `format` says otherwise). */
  response?: z.ZodType;
  format?: ResponseFormat;
  /** Retired route: always answers 410 with a message naming the supported flows. */
  gone?: boolean;
  summary: string;
}

/** Keeps the literal types of a route table while checking it against `RouteContract`. */
export function defineRoutes<const T extends readonly RouteContract[]>(routes: T): T {
  return routes;
}

/** `"POST /catalog/search"`: the identity of a route within one server. */
export function routeKey(route: Pick<RouteContract, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

export function findRoute(
  routes: readonly RouteContract[],
  method: HttpMethod,
  path: string,
): RouteContract | undefined {
  return routes.find((route) => route.method === method && route.path === path);
}
