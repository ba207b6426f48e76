/** The names of every component of the release; everything else is keyed by these. */
export const componentNames = [
  'website',
  'shopping-webclient',
  'management-webclient',
  'shopping-server',
  'management-server',
  'mongodb',
  'redis',
  'redis-sentinel',
  'rsyslog',
] as const;

export type ComponentName = (typeof componentNames)[number];

/** What a component is decides how its workload is generated. */
export type ComponentKind = 'web' | 'server' | 'mongodb' | 'redis' | 'redis-sentinel' | 'rsyslog';

export interface PortSpec {
  /** IANA-style port name, shared by the Service port and the container port. */
  readonly name: string;
  readonly protocol: 'TCP' | 'UDP';
  /** What clients inside the cluster dial (the Service port). */
  readonly servicePort: number;
  /** What the process listens on inside the pod. */
  readonly containerPort: number;
}

/**
 * How the edge router reaches a component. `subdomain` is relative to the base domain
 * ('' is the base domain itself), so the same table serves the cluster and the local stack.
 */
export interface ExposureSpec {
  readonly subdomain: string;
  readonly path: string;
  readonly match: 'exact' | 'prefix';
  /** Whether the edge removes `path` before forwarding (the webclients live under a prefix). */
  readonly stripPrefix: boolean;
  /** Which port (by name) of the component the edge forwards to. */
  readonly port: string;
  /**
   * Whose security headers the edge puts on these answers, when not the component's own: the
   * shopping server renders the storefront's findable pages, which are the storefront's pages.
   */
  readonly headersOf?: ComponentName;
}

export interface HealthSpec {
  readonly port: string;
  readonly liveness: string;
  readonly readiness: string;
}

export interface ResourceSpec {
  readonly cpuRequest: string;
  readonly cpuLimit: string;
  readonly memoryRequest: string;
  readonly memoryLimit: string;
}

export interface StorageSpec {
  readonly size: string;
  readonly mountPath: string;
}

export interface ComponentSpec {
  readonly name: ComponentName;
  readonly kind: ComponentKind;
  readonly description: string;
  readonly workload: 'Deployment' | 'StatefulSet';
  readonly replicas: number;
  /** Image repository name under the configured registry (tag comes from settings). */
  readonly image: string;
  readonly ports: readonly PortSpec[];
  /** How the edge reaches it; the first entry is its main address (empty: internal only). */
  readonly exposures: readonly ExposureSpec[];
  /** HTTP health endpoints; components without them get protocol-specific probes. */
  readonly health?: HealthSpec;
  readonly resources: ResourceSpec;
  readonly storage?: StorageSpec;
  /**
   * A ReadWriteMany volume every replica mounts (the management server's uploaded images), used
   * unless the settings put that data elsewhere (S3).
   */
  readonly sharedStorage?: StorageSpec;
  /** NODE_OPTIONS of a Node process: V8 heap bounds its measured memory target depends on. */
  readonly nodeOptions?: string;
  /** Components this one opens connections to (drives NetworkPolicies and config). */
  readonly talksTo: readonly ComponentName[];
  /**
   * TCP ports it dials outside the cluster (https: SendGrid, payment providers, S3). The
   * addresses are not known in advance, so these ports are open to any address.
   */
  readonly externalPorts?: readonly number[];
  /** Pods of this component are scheduled next to pods of that one when possible. */
  readonly colocateWith?: ComponentName;
  /** Pods of this component avoid sharing a node with each other. */
  readonly spreadReplicas: boolean;
  /** Scaled by a HorizontalPodAutoscaler between `replicas` and this many pods. */
  readonly maxReplicas?: number;
  /** The autoscaler's target: average CPU as a percentage of the request (default 70). */
  readonly autoscaleCpuPercent?: number;
  /** Whether its logs get a file of their own in rsyslog. */
  readonly logFile: boolean;
}

export type Topology = Readonly<Record<ComponentName, ComponentSpec>>;
