import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { routesFor } from '../src/topology/routes.js';
import { defaultSettings } from '../src/settings/settings.js';
import { resolveSettings } from '../src/settings/resolve-settings.js';
import { contentSecurityPolicy } from '../src/security-headers/content-security-policy.js';
import { ofKind, plainRelease, type PlainObject } from './support/release-objects.js';

/*
 * Every host answers with the same security headers, whichever route: Traefik's headers
 * middleware for the app is on each of its routes, and what it sets is what the app's own
 * nginx sets (the snippet in the app's ConfigMap), plus HSTS.
 */

interface Route {
  match: string;
  middlewares?: { name: string }[];
  services?: { name: string }[];
}
interface Headers {
  contentSecurityPolicy?: string;
  contentTypeNosniff?: boolean;
  referrerPolicy?: string;
  frameDeny?: boolean;
  stsSeconds?: number;
  stsIncludeSubdomains?: boolean;
}

const objects = plainRelease();
const middlewares = new Map(
  ofKind<{ spec: { headers?: Headers } }>(objects, 'Middleware').map((m) => [
    m.metadata.name,
    m.spec.headers,
  ]),
);
const httpsRoutes = ofKind<{ spec: { entryPoints: string[]; routes: Route[] } }>(
  objects,
  'IngressRoute',
)
  .filter((r) => r.spec.entryPoints.includes('websecure'))
  .flatMap((r) => r.spec.routes);

/** A policy's directives by name. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

function headersOn(route: Route): Headers[] {
  return (route.middlewares ?? []).flatMap((m) => {
    const headers = middlewares.get(m.name);
    return headers ? [headers] : [];
  });
}

describe('security headers at the edge', () => {
  it('when any https route answers, then exactly one headers middleware sets CSP, nosniff, Referrer-Policy, frame denial and HSTS', () => {
    expect(httpsRoutes.length).toBe(routesFor(defaultSettings.baseDomain).length);
    for (const route of httpsRoutes) {
      const headers = headersOn(route);
      expect(headers, route.match).toHaveLength(1);
      const h = headers[0];
      expect(h?.contentSecurityPolicy, route.match).toMatch(/frame-ancestors 'none'/);
      expect(h?.contentTypeNosniff, route.match).toBe(true);
      expect(h?.referrerPolicy, route.match).toBe('strict-origin-when-cross-origin');
      expect(h?.frameDeny, route.match).toBe(true);
      expect(h?.stsSeconds, route.match).toBeGreaterThanOrEqual(15_552_000);
      expect(h?.stsIncludeSubdomains, route.match).toBe(true);
    }
    // each app's policy names its own API and image hosts, and nothing inline
    const shop = directives(contentSecurityPolicy('shopping-webclient', defaultSettings));
    expect(shop['connect-src']).toContain('https://shopping.gic-asenhoradosaneis.k3s');
    expect(shop['img-src']).toContain('https://management.gic-asenhoradosaneis.k3s');
    expect(shop['script-src']).toEqual(["'self'", 'https://js.stripe.com']);
    const s3 = resolveSettings(['--image-storage', 's3', '--s3-bucket', 'rings'], {}).settings;
    const admin = directives(contentSecurityPolicy('management-webclient', s3));
    expect(admin['connect-src']).toContain('https://rings.s3.us-east-1.amazonaws.com');
    expect(admin['img-src']).toContain('https://rings.s3.us-east-1.amazonaws.com');
    for (const app of ['shopping-webclient', 'management-webclient', 'website'] as const) {
      const all = Object.values(directives(contentSecurityPolicy(app, defaultSettings))).flat();
      expect(
        all.filter((source) => source.includes('unsafe')),
        app,
      ).toEqual([]);
    }
  });

  it('when the headers middleware runs, then it is the first, so even a stripped route carries them', () => {
    for (const route of httpsRoutes) {
      expect(route.middlewares?.[0]?.name, route.match).toMatch(/^headers-/);
    }
  });
});

describe("security headers in the webclients' nginx", () => {
  const webclients = ofKind<IDeployment>(objects, 'Deployment').filter((d) =>
    d.metadata.name.endsWith('-webclient'),
  );

  it('when a webclient runs, then its nginx gets the same headers as its route, from its ConfigMap', () => {
    expect(webclients).toHaveLength(2);
    for (const d of webclients) {
      const name = d.metadata.name;
      const snippet =
        (objects.find((o: PlainObject) => o.metadata.name === `${name}-config`)?.data ?? {})[
          'security-headers.conf'
        ] ?? '';
      const edge = middlewares.get(`headers-${name}`);
      expect(snippet).toContain(
        `add_header Content-Security-Policy "${edge?.contentSecurityPolicy ?? '?'}" always;`,
      );
      expect(snippet).toContain('add_header X-Content-Type-Options "nosniff" always;');
      const mount = d.spec?.template.spec?.containers[0]?.volumeMounts?.find(
        (m) => m.mountPath === '/etc/nginx/aneis',
      );
      const volume = d.spec?.template.spec?.volumes?.find((v) => v.name === mount?.name);
      expect(
        volume?.configMap?.items?.map((i) => i.key),
        name,
      ).toEqual(['security-headers.conf']);
    }
  });
});
