import { pathMatches, type EdgeRoute } from '@aneis/deploy';

export interface RouteMatch {
  readonly route: EdgeRoute;
  /** Path and query as the upstream receives them (prefix removed when the route strips it). */
  readonly upstreamUrl: string;
  /** The removed prefix, sent on as X-Forwarded-Prefix like Traefik's StripPrefix does. */
  readonly strippedPrefix: string | undefined;
}

/** The Host header reduced to the name routes are written with: lower case, no port. */
export function hostWithoutPort(hostHeader: string | undefined): string | undefined {
  if (!hostHeader) return undefined;
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end === -1 ? undefined : host.slice(0, end + 1);
  }
  const withoutPort = host.replace(/:\d*$/, '');
  return withoutPort.endsWith('.') ? withoutPort.slice(0, -1) : withoutPort;
}

/**
 * The first route (routesFor sorts them most specific first, as Traefik's priorities do) whose
 * host equals the request's and whose path rule accepts the request path.
 */
export function matchRoute(
  routes: readonly EdgeRoute[],
  hostHeader: string | undefined,
  requestUrl: string | undefined,
): RouteMatch | undefined {
  const host = hostWithoutPort(hostHeader);
  if (host === undefined || requestUrl === undefined || !requestUrl.startsWith('/')) {
    return undefined;
  }
  const queryAt = requestUrl.indexOf('?');
  const path = queryAt === -1 ? requestUrl : requestUrl.slice(0, queryAt);
  const query = queryAt === -1 ? '' : requestUrl.slice(queryAt);
  const route = routes.find((r) => r.host === host && pathMatches(r, path));
  if (!route) return undefined;
  if (!route.stripPrefix || route.path === '/') {
    return { route, upstreamUrl: requestUrl, strippedPrefix: undefined };
  }
  const rest = path.slice(route.path.length);
  return {
    route,
    upstreamUrl: `${rest.startsWith('/') ? rest : `/${rest}`}${query}`,
    strippedPrefix: route.path,
  };
}
