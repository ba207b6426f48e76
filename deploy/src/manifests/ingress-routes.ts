import { IngressRoute } from '@kubernetes-models/traefik/traefik.io/v1alpha1/IngressRoute';
import { Middleware } from '@kubernetes-models/traefik/traefik.io/v1alpha1/Middleware';
import { topology } from '../topology/topology.js';
import { hostnamesFor, routesFor, type EdgeRoute } from '../topology/routes.js';
import type { ComponentName } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { headersMiddleware, headersMiddlewareName } from '../security-headers/traefik-headers.js';
import { metadataFor, releaseLabels } from './labels.js';
import { validated, type KubeObject } from './kube-object.js';

export const redirectMiddlewareName = 'redirect-https';
/** Above any rule length Traefik would compute for our prefix rules. */
export const EXACT_PATH_PRIORITY = 10_000;
export const stripMiddlewareName = (route: EdgeRoute): string => `strip-${route.component}`;

/** Traefik v3 rule syntax; a prefix matches the path itself or below it, never `/shoppingx`. */
export function matchRule(route: EdgeRoute): string {
  const host = `Host(\`${route.host}\`)`;
  if (route.match === 'exact') return `${host} && Path(\`${route.path}\`)`;
  if (route.path === '/') return host;
  return `${host} && (Path(\`${route.path}\`) || PathPrefix(\`${route.path}/\`))`;
}

function releaseMeta(name: string, settings: DeploySettings) {
  return { name, namespace: settings.namespace, labels: releaseLabels(settings) };
}

function redirectMiddleware(settings: DeploySettings) {
  return validated(
    new Middleware({
      metadata: releaseMeta(redirectMiddlewareName, settings),
      spec: { redirectScheme: { scheme: 'https', permanent: true } },
    }),
  );
}

function stripMiddleware(route: EdgeRoute, settings: DeploySettings) {
  return validated(
    new Middleware({
      metadata: metadataFor(stripMiddlewareName(route), topology[route.component], settings),
      spec: { stripPrefix: { prefixes: [route.path] } },
    }),
  );
}

/** Plain http on every hostname answers with a permanent redirect to https, same host. */
function httpRedirectRoute(settings: DeploySettings) {
  const hosts = hostnamesFor(settings.baseDomain).map((h) => `Host(\`${h}\`)`);
  return validated(
    new IngressRoute({
      metadata: releaseMeta('http-to-https', settings),
      spec: {
        entryPoints: [settings.entryPoints.http],
        routes: [
          {
            kind: 'Rule',
            match: hosts.join(' || '),
            middlewares: [{ name: redirectMiddlewareName }],
            services: [{ kind: 'TraefikService', name: 'noop@internal' }],
          },
        ],
      },
    }),
  );
}

/** One IngressRoute per component, with a rule for each of its routes. */
function httpsRoute(
  component: ComponentName,
  routes: readonly EdgeRoute[],
  settings: DeploySettings,
) {
  return validated(
    new IngressRoute({
      metadata: metadataFor(component, topology[component], settings),
      spec: {
        entryPoints: [settings.entryPoints.https],
        routes: routes.map((route) => ({
          kind: 'Rule' as const,
          match: matchRule(route),
          // the app's security headers on every answer, then the prefix removed if it has one
          // an exact path outranks any prefix (Traefik otherwise ranks by rule length, and
          // `/shopping/` exactly would lose to the longer `/shopping` prefix rule)
          ...(route.match === 'exact' ? { priority: EXACT_PATH_PRIORITY } : {}),
          middlewares: [
            { name: headersMiddlewareName(route.headersOf ?? route.component) },
            ...(route.stripPrefix ? [{ name: stripMiddlewareName(route) }] : []),
          ],
          services: [
            {
              kind: 'Service' as const,
              name: route.component,
              port: route.servicePort,
              // the servers build absolute URLs and cookies from the original Host
              passHostHeader: true,
            },
          ],
        })),
        tls: { secretName: settings.tlsSecretName },
      },
    }),
  );
}

/**
 * Every edge object: the redirect, each exposed app's headers middleware, the strip
 * middlewares, and one https IngressRoute per app with a rule for each of its routes.
 */
export function edgeObjects(settings: DeploySettings): KubeObject[] {
  const routes = routesFor(settings.baseDomain);
  const exposed = [...new Set(routes.map((r) => r.component))];
  return [
    redirectMiddleware(settings),
    httpRedirectRoute(settings),
    ...exposed.map((component) => headersMiddleware(component, settings)),
    ...routes.filter((r) => r.stripPrefix).map((r) => stripMiddleware(r, settings)),
    ...exposed.map((component) =>
      httpsRoute(
        component,
        routes.filter((r) => r.component === component),
        settings,
      ),
    ),
  ];
}
