import { SERVER_NODE_OPTIONS } from '@aneis/config';
import type {
  ComponentSpec,
  ComponentName,
  PortSpec,
  ResourceSpec,
  Topology,
} from './topology-types.js';

const webPort: PortSpec = { name: 'http', protocol: 'TCP', servicePort: 80, containerPort: 8080 };
const serverPort: PortSpec = {
  name: 'http',
  protocol: 'TCP',
  servicePort: 80,
  containerPort: 3000,
};

// Measured: webclients 20-27 MiB (seed), servers target RSS <= 120 MiB (issue 3), not 800 Mi.
const staticWebResources: ResourceSpec = {
  cpuRequest: '10m',
  cpuLimit: '200m',
  memoryRequest: '32Mi',
  memoryLimit: '64Mi',
};
// From measured-cpu.ts: idle 7m, 38m at ~70 catalogue searches/s. The request holds that with
// room; at 60 % of it (60m) the autoscaler adds pods, well above what an idle or moderately
// busy shop uses (at 50m and 70 %, ~40 searches/s per pod already scaled the servers out).
const serverResources: ResourceSpec = {
  cpuRequest: '100m',
  cpuLimit: '1',
  memoryRequest: '160Mi',
  memoryLimit: '320Mi',
};

const httpHealth = { port: 'http', liveness: '/healthz', readiness: '/readyz' } as const;
const serverDeps: readonly ComponentName[] = ['mongodb', 'redis', 'redis-sentinel', 'rsyslog'];

function webclient(name: ComponentName, server: ComponentName, prefix: string): ComponentSpec {
  return {
    name,
    kind: 'web',
    description: `static ${name.replace('-webclient', '')} single-page app served on ${prefix}`,
    workload: 'Deployment',
    replicas: 3,
    maxReplicas: 6,
    image: name,
    ports: [webPort],
    exposures: [{ subdomain: '', path: prefix, match: 'prefix', stripPrefix: true, port: 'http' }],
    health: httpHealth,
    resources: staticWebResources,
    talksTo: ['rsyslog'],
    colocateWith: server,
    spreadReplicas: false,
    logFile: true,
  };
}

function server(name: ComponentName, subdomain: string): ComponentSpec {
  return {
    name,
    kind: 'server',
    description: `Express API for the ${subdomain} side`,
    workload: 'Deployment',
    replicas: 3,
    maxReplicas: 6,
    image: name,
    ports: [serverPort],
    exposures: [{ subdomain, path: '/', match: 'prefix', stripPrefix: false, port: 'http' }],
    health: httpHealth,
    resources: serverResources,
    talksTo: serverDeps,
    externalPorts: [443],
    autoscaleCpuPercent: 60,
    spreadReplicas: true,
    logFile: true,
    nodeOptions: SERVER_NODE_OPTIONS,
  };
}

/** Addresses on the base domain the shopping server answers for the storefront (SEO pages). */
const storefrontPagePaths = [
  { path: '/shopping', match: 'exact' },
  { path: '/shopping/', match: 'exact' },
  { path: '/shopping/anel', match: 'prefix' },
  { path: '/shopping/categoria', match: 'prefix' },
  { path: '/shopping/products', match: 'prefix' },
  { path: '/robots.txt', match: 'exact' },
  { path: '/sitemap.xml', match: 'exact' },
] as const;

/** The one description of the release: the manifests and the local stack are built from it. */
export const topology: Topology = {
  website: {
    name: 'website',
    kind: 'web',
    description: 'the static class website at the root of the base domain',
    workload: 'Deployment',
    replicas: 3,
    image: 'website',
    ports: [webPort],
    // `/` exactly, plus the fingerprinted files its page loads (/assets/…): without that route
    // the page would arrive without its styles and scripts
    exposures: [
      { subdomain: '', path: '/', match: 'exact', stripPrefix: false, port: 'http' },
      { subdomain: '', path: '/assets', match: 'prefix', stripPrefix: false, port: 'http' },
    ],
    health: { port: 'http', liveness: '/healthz', readiness: '/healthz' },
    resources: { ...staticWebResources, memoryRequest: '48Mi', memoryLimit: '128Mi' },
    talksTo: ['rsyslog'],
    spreadReplicas: false,
    logFile: true,
  },
  'shopping-webclient': webclient('shopping-webclient', 'shopping-server', '/shopping'),
  'management-webclient': webclient('management-webclient', 'management-server', '/management'),
  'shopping-server': {
    ...server('shopping-server', 'shopping'),
    exposures: [
      ...server('shopping-server', 'shopping').exposures,
      // The storefront's findable pages, rendered here into the webclient's own index.html
      // (which it reads from the webclient, hence the talk), and robots.txt and sitemap.xml at
      // the root. They are the storefront's pages, so they carry the storefront's headers.
      ...storefrontPagePaths.map((page) => ({
        ...page,
        subdomain: '',
        stripPrefix: false,
        port: 'http',
        headersOf: 'shopping-webclient' as const,
      })),
    ],
    talksTo: [...serverDeps, 'shopping-webclient'],
  },
  'management-server': {
    ...server('management-server', 'management'),
    sharedStorage: { size: '1Gi', mountPath: '/srv/images' },
  },
  mongodb: {
    name: 'mongodb',
    kind: 'mongodb',
    description: 'MongoDB replica set rs0 (member 0 starts as primary)',
    workload: 'StatefulSet',
    replicas: 3,
    image: 'mongodb',
    exposures: [],
    ports: [{ name: 'mongodb', protocol: 'TCP', servicePort: 27017, containerPort: 27017 }],
    resources: { cpuRequest: '50m', cpuLimit: '1', memoryRequest: '384Mi', memoryLimit: '1Gi' },
    // oplog, journal, diagnostics and data: mongodb-sizing.ts
    storage: { size: '4Gi', mountPath: '/data/db' },
    talksTo: ['mongodb', 'rsyslog'],
    spreadReplicas: true,
    logFile: true,
  },
  redis: {
    name: 'redis',
    kind: 'redis',
    description: 'Redis primary (ordinal 0 at first) and two replicas, AOF on',
    workload: 'StatefulSet',
    replicas: 3,
    image: 'redis',
    exposures: [],
    ports: [{ name: 'redis', protocol: 'TCP', servicePort: 6379, containerPort: 6379 }],
    // maxmemory, copy-on-write, replication buffers; three AOF generations: redis-conf.ts
    resources: { cpuRequest: '20m', cpuLimit: '500m', memoryRequest: '96Mi', memoryLimit: '320Mi' },
    storage: { size: '512Mi', mountPath: '/data' },
    talksTo: ['redis', 'redis-sentinel', 'rsyslog'],
    spreadReplicas: true,
    logFile: true,
  },
  'redis-sentinel': {
    name: 'redis-sentinel',
    kind: 'redis-sentinel',
    description: 'three Sentinels watching the Redis primary (quorum 2)',
    workload: 'StatefulSet',
    replicas: 3,
    image: 'redis',
    exposures: [],
    ports: [{ name: 'sentinel', protocol: 'TCP', servicePort: 26379, containerPort: 26379 }],
    resources: { cpuRequest: '10m', cpuLimit: '100m', memoryRequest: '16Mi', memoryLimit: '64Mi' },
    // sentinel.conf as the Sentinel rewrites it: who is primary survives a restart
    storage: { size: '64Mi', mountPath: '/data' },
    talksTo: ['redis', 'redis-sentinel', 'rsyslog'],
    spreadReplicas: true,
    logFile: false,
  },
  rsyslog: {
    name: 'rsyslog',
    kind: 'rsyslog',
    description: 'central log sink, one size-bounded file per source',
    workload: 'StatefulSet',
    replicas: 1,
    image: 'rsyslog',
    exposures: [],
    ports: [
      { name: 'syslog-udp', protocol: 'UDP', servicePort: 5000, containerPort: 5140 },
      { name: 'syslog-tcp', protocol: 'TCP', servicePort: 5000, containerPort: 5140 },
    ],
    resources: { cpuRequest: '10m', cpuLimit: '200m', memoryRequest: '32Mi', memoryLimit: '128Mi' },
    storage: { size: '50Mi', mountPath: '/var/log/aneis' },
    talksTo: [],
    spreadReplicas: false,
    logFile: false,
  },
};

export function componentList(): readonly ComponentSpec[] {
  return Object.values(topology);
}

/** Who opens connections to `name` (the reverse of `talksTo`). */
export function clientsOf(name: ComponentName): readonly ComponentName[] {
  return componentList()
    .filter((c) => c.talksTo.includes(name))
    .map((c) => c.name);
}

export function portOf(component: ComponentSpec, portName: string): PortSpec {
  const port = component.ports.find((p) => p.name === portName);
  if (!port) throw new Error(`${component.name} declares no port named ${portName}`);
  return port;
}
