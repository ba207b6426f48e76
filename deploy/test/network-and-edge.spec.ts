import type { IIngressRoute } from '@kubernetes-models/traefik/traefik.io/v1alpha1/IngressRoute';
import type { IMiddleware } from '@kubernetes-models/traefik/traefik.io/v1alpha1/Middleware';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { IService } from 'kubernetes-models/v1/Service';
import { defaultSettings } from '../src/settings/settings.js';
import { ofKind, plainRelease, podTemplates, selects } from './support/release-objects.js';

const objects = plainRelease();
const pods = podTemplates(objects);
const policies = ofKind<INetworkPolicy>(objects, 'NetworkPolicy');
const routes = ofKind<IIngressRoute>(objects, 'IngressRoute');

function policyFor(labels: Record<string, string>) {
  return policies.find((p) => selects(p.spec?.podSelector?.matchLabels ?? {}, labels));
}

function allowedIngressFrom(target: Record<string, string>, source: Record<string, string>) {
  const policy = policyFor(target);
  return (policy?.spec?.ingress ?? []).some((rule) =>
    (rule.from ?? []).some(
      (peer) => selects(peer.podSelector?.matchLabels ?? {}, source) && !peer.namespaceSelector,
    ),
  );
}

const labelsOf = (owner: string) => pods.find((p) => p.owner === owner)?.labels ?? {};

describe('network policies', () => {
  it('when the namespace is created, then a default-deny policy covers every pod', () => {
    const deny = policies.find((p) => p.metadata.name === 'default-deny');
    expect(deny?.spec?.podSelector).toEqual({});
    expect(deny?.spec?.policyTypes).toEqual(['Ingress', 'Egress']);
  });

  it('when any pod runs, then a policy of its own selects it', () => {
    expect(pods.length).toBeGreaterThanOrEqual(10);
    for (const pod of pods) expect(policyFor(pod.labels), pod.owner).toBeDefined();
  });

  it('when the topology declares a flow, then exactly those flows are allowed', () => {
    for (const server of ['shopping-server', 'management-server']) {
      for (const store of ['mongodb', 'redis', 'redis-sentinel', 'rsyslog']) {
        expect(allowedIngressFrom(labelsOf(store), labelsOf(server)), `${server}→${store}`).toBe(
          true,
        );
      }
      expect(allowedIngressFrom(labelsOf(server), labelsOf('shopping-webclient'))).toBe(false);
    }
    expect(allowedIngressFrom(labelsOf('mongodb'), labelsOf('mongodb'))).toBe(true);
    expect(allowedIngressFrom(labelsOf('mongodb'), labelsOf('mongodb-rs-init'))).toBe(true);
    expect(allowedIngressFrom(labelsOf('redis'), labelsOf('redis-sentinel'))).toBe(true);
    expect(allowedIngressFrom(labelsOf('mongodb'), labelsOf('website'))).toBe(false);
    expect(allowedIngressFrom(labelsOf('redis'), labelsOf('shopping-webclient'))).toBe(false);
  });

  it('when a component is exposed, then only it admits Traefik, and everyone may use DNS', () => {
    const exposed = [
      'website',
      'shopping-webclient',
      'management-webclient',
      'shopping-server',
      'management-server',
    ];
    for (const pod of pods) {
      const policy = policyFor(pod.labels);
      const fromTraefik = (policy?.spec?.ingress ?? []).some((r) =>
        (r.from ?? []).some(
          (p) =>
            p.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'kube-system',
        ),
      );
      expect(fromTraefik, pod.owner).toBe(exposed.includes(pod.owner));
      const dns = (policy?.spec?.egress ?? []).some((r) =>
        (r.ports ?? []).some((p) => p.port === 53),
      );
      expect(dns, pod.owner).toBe(true);
    }
  });
});

describe('edge', () => {
  it('when https routes are generated, then hosts, paths and service ports are exactly these', () => {
    const table = routes
      .filter((r) => r.spec.entryPoints?.includes('websecure'))
      .flatMap((r) =>
        r.spec.routes.map((x) => ({
          match: x.match,
          service: `${x.services?.[0]?.name}:${x.services?.[0]?.port}`,
          middlewares: (x.middlewares ?? []).map((m) => m.name),
          tls: r.spec.tls?.secretName,
        })),
      )
      .sort((a, b) => a.match.localeCompare(b.match));
    const base = 'gic-asenhoradosaneis.k3s';
    // the storefront's findable pages: the shopping server, with the storefront's headers
    const page = (match: string) => ({
      match,
      service: 'shopping-server:80',
      middlewares: ['headers-shopping-webclient'],
      tls: 'aneis-tls',
    });
    const prefix = (path: string) =>
      page(`Host(\`${base}\`) && (Path(\`${path}\`) || PathPrefix(\`${path}/\`))`);
    const exact = (path: string) => page(`Host(\`${base}\`) && Path(\`${path}\`)`);
    const expected = [
      exact('/shopping'),
      exact('/shopping/'),
      exact('/robots.txt'),
      exact('/sitemap.xml'),
      prefix('/shopping/anel'),
      prefix('/shopping/categoria'),
      prefix('/shopping/products'),
      {
        match: `Host(\`${base}\`) && (Path(\`/assets\`) || PathPrefix(\`/assets/\`))`,
        service: 'website:80',
        middlewares: ['headers-website'],
        tls: 'aneis-tls',
      },
      {
        match: `Host(\`${base}\`) && (Path(\`/management\`) || PathPrefix(\`/management/\`))`,
        service: 'management-webclient:80',
        middlewares: ['headers-management-webclient', 'strip-management-webclient'],
        tls: 'aneis-tls',
      },
      {
        match: `Host(\`${base}\`) && (Path(\`/shopping\`) || PathPrefix(\`/shopping/\`))`,
        service: 'shopping-webclient:80',
        middlewares: ['headers-shopping-webclient', 'strip-shopping-webclient'],
        tls: 'aneis-tls',
      },
      {
        match: `Host(\`${base}\`) && Path(\`/\`)`,
        service: 'website:80',
        middlewares: ['headers-website'],
        tls: 'aneis-tls',
      },
      {
        match: `Host(\`management.${base}\`)`,
        service: 'management-server:80',
        middlewares: ['headers-management-server'],
        tls: 'aneis-tls',
      },
      {
        match: `Host(\`shopping.${base}\`)`,
        service: 'shopping-server:80',
        middlewares: ['headers-shopping-server'],
        tls: 'aneis-tls',
      },
    ];
    expect(table).toEqual(expected.sort((a, b) => a.match.localeCompare(b.match)));
    // Traefik ranks rules by length: an exact path must outrank the longer prefix rules
    const exactRules = routes
      .flatMap((r) => r.spec.routes)
      .filter((x) => !x.match.includes('PathPrefix') && x.match.includes('Path('));
    expect(exactRules.length).toBeGreaterThan(0);
    for (const rule of exactRules) expect(rule.priority, rule.match).toBe(10_000);
  });

  it('when plain http arrives, then every host is redirected permanently to https', () => {
    const redirect = routes.find((r) => r.spec.entryPoints?.includes('web'));
    const rule = redirect?.spec.routes[0];
    for (const host of [
      'gic-asenhoradosaneis.k3s',
      'shopping.gic-asenhoradosaneis.k3s',
      'management.gic-asenhoradosaneis.k3s',
    ]) {
      expect(rule?.match).toContain(`Host(\`${host}\`)`);
    }
    const middleware = ofKind<IMiddleware>(objects, 'Middleware').find(
      (m) => m.metadata.name === rule?.middlewares?.[0]?.name,
    );
    expect(middleware?.spec.redirectScheme).toEqual({ scheme: 'https', permanent: true });
  });

  it('when prefixes are stripped, then the middleware strips exactly the routed prefix', () => {
    const strips = ofKind<IMiddleware>(objects, 'Middleware')
      .filter((m) => m.spec.stripPrefix)
      .map((m) => [m.metadata.name, m.spec.stripPrefix?.prefixes]);
    expect(Object.fromEntries(strips)).toEqual({
      'strip-shopping-webclient': ['/shopping'],
      'strip-management-webclient': ['/management'],
    });
  });

  it('when Services are generated, then web apps are 80→8080, servers 80→3000, rsyslog 5000→5140', () => {
    const ports = Object.fromEntries(
      ofKind<IService>(objects, 'Service')
        .filter((s) => s.spec?.clusterIP !== 'None')
        .map((s) => {
          const svcPorts = s.spec?.ports ?? [];
          const target = pods.find((p) => selects(s.spec?.selector ?? {}, p.labels));
          const containerPorts = target?.spec.containers[0]?.ports ?? [];
          return [
            s.metadata.name,
            svcPorts.map(
              (p) =>
                `${p.protocol}/${p.port}→${containerPorts.find((c) => c.name === p.targetPort)?.containerPort}`,
            ),
          ];
        }),
    );
    expect(ports).toEqual({
      website: ['TCP/80→8080'],
      'shopping-webclient': ['TCP/80→8080'],
      'management-webclient': ['TCP/80→8080'],
      'shopping-server': ['TCP/80→3000'],
      'management-server': ['TCP/80→3000'],
      'redis-sentinel': ['TCP/26379→26379'],
      rsyslog: ['UDP/5000→5140', 'TCP/5000→5140'],
    });
  });

  it('when every object is generated, then all live in the namespace with the release labels', () => {
    for (const o of objects) {
      const labels = o.metadata.labels ?? {};
      expect(labels['app.kubernetes.io/part-of'], `${o.kind}/${o.metadata.name}`).toBe(
        'a-senhora-dos-aneis',
      );
      if (o.kind !== 'Namespace') expect(o.metadata.namespace).toBe(defaultSettings.namespace);
    }
  });
});
