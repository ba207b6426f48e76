import { componentList, portOf } from './topology.js';
import type { ComponentName } from './topology-types.js';

/** One edge-router rule, resolved against a base domain. */
export interface EdgeRoute {
  readonly component: ComponentName;
  readonly host: string;
  readonly path: string;
  readonly match: 'exact' | 'prefix';
  readonly stripPrefix: boolean;
  /** Port of the component's Service (cluster) ... */
  readonly servicePort: number;
  /** ... and of its process (local stack, where there is no Service in between). */
  readonly containerPort: number;
  /** Whose security headers the answers carry when not the component's (see ExposureSpec). */
  readonly headersOf?: ComponentName;
}

export function hostFor(subdomain: string, baseDomain: string): string {
  return subdomain === '' ? baseDomain : `${subdomain}.${baseDomain}`;
}

/**
 * Every route the edge serves, base domain first, then per host the most specific first (exact
 * before prefix, longer paths first),
 * so a router that takes the first match behaves like Traefik's priority rules.
 */
export function routesFor(baseDomain: string): readonly EdgeRoute[] {
  const routes = componentList().flatMap((component): EdgeRoute[] => {
    return component.exposures.map((exposure) => {
      const port = portOf(component, exposure.port);
      return {
        component: component.name,
        host: hostFor(exposure.subdomain, baseDomain),
        path: exposure.path,
        match: exposure.match,
        stripPrefix: exposure.stripPrefix,
        servicePort: port.servicePort,
        containerPort: port.containerPort,
        ...(exposure.headersOf ? { headersOf: exposure.headersOf } : {}),
      };
    });
  });
  return routes.sort(
    (a, b) =>
      a.host.length - b.host.length ||
      a.host.localeCompare(b.host) ||
      Number(b.match === 'exact') - Number(a.match === 'exact') ||
      b.path.length - a.path.length,
  );
}

/** Every hostname the edge answers for (the /etc/hosts lines need exactly these). */
export function hostnamesFor(baseDomain: string): readonly string[] {
  return [...new Set(routesFor(baseDomain).map((r) => r.host))].sort(
    (a, b) => a.length - b.length || a.localeCompare(b),
  );
}

/** Whether a request path is served by a route (the rule both Traefik and the local edge use). */
export function pathMatches(route: Pick<EdgeRoute, 'path' | 'match'>, path: string): boolean {
  if (route.match === 'exact') return path === route.path;
  if (route.path === '/') return path.startsWith('/');
  return path === route.path || path.startsWith(`${route.path}/`);
}
