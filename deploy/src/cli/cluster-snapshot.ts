import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { DeploySettings } from '../settings/settings.js';
import { mustRun, type Kubectl } from './kubectl.js';

/*
 * What deploy:apply reads from the cluster before it changes anything, in one call per kind:
 * the preflight, the Secrets' digests and the StatefulSet migrations all work from it.
 * Secret values stay in this process (decoded here, never printed).
 */

export interface StorageClass {
  metadata: { name: string };
  provisioner?: string;
  allowVolumeExpansion?: boolean;
}

export interface ClusterNode {
  metadata: { name: string };
  spec?: { unschedulable?: boolean; taints?: { effect?: string }[] };
  status?: { conditions?: { type: string; status: string }[] };
}

export interface ClusterSnapshot {
  /** Decoded data of every Secret in the namespace, by name. */
  readonly secrets: ReadonlyMap<string, Readonly<Record<string, string>>>;
  readonly storageClasses: readonly StorageClass[];
  readonly nodes: readonly ClusterNode[];
  /** The Traefik CRDs (of `traefikCrds`) that are installed. */
  readonly crds: readonly string[];
  /** The namespace's StatefulSets as they run now, by name. */
  readonly statefulSets: ReadonlyMap<string, IStatefulSet>;
  /** The namespace's Deployments with who owns which field, by name. */
  readonly deployments: ReadonlyMap<string, LiveDeployment>;
}

export interface ManagedField {
  manager?: string;
  operation?: string;
  fieldsV1?: { 'f:spec'?: { 'f:replicas'?: unknown } };
}

export interface LiveDeployment {
  metadata?: { name?: string; managedFields?: ManagedField[] };
  spec?: { replicas?: number };
}

export const traefikCrds = ['ingressroutes.traefik.io', 'middlewares.traefik.io'];

interface List<T> {
  items?: T[];
}

async function list<T>(kubectl: Kubectl, what: string, args: string[]): Promise<T[]> {
  const { stdout } = await mustRun(kubectl, `reading the ${what}`, [
    'get',
    what,
    ...args,
    '-o',
    'json',
  ]);
  return (JSON.parse(stdout) as List<T>).items ?? [];
}

interface SecretObject {
  metadata: { name: string };
  data?: Record<string, string>;
}

const decode = (data: Record<string, string> = {}): Record<string, string> =>
  Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]),
  );

export async function readSnapshot(
  kubectl: Kubectl,
  settings: DeploySettings,
): Promise<ClusterSnapshot> {
  const ns = ['-n', settings.namespace];
  const secrets = await list<SecretObject>(kubectl, 'secrets', ns);
  const statefulSets = await list<IStatefulSet>(kubectl, 'statefulsets', ns);
  const deployments = await list<LiveDeployment>(kubectl, 'deployments', [
    ...ns,
    '--show-managed-fields',
  ]);
  // a CRD that is missing makes kubectl fail for it, while still naming the ones it found
  const crds = await kubectl(['get', 'crd', ...traefikCrds, '-o', 'name']);
  return {
    secrets: new Map(secrets.map((s) => [s.metadata.name, decode(s.data)])),
    storageClasses: await list<StorageClass>(kubectl, 'storageclasses', []),
    nodes: await list<ClusterNode>(kubectl, 'nodes', []),
    crds: traefikCrds.filter((crd) => crds.stdout.includes(`/${crd}`)),
    statefulSets: new Map(statefulSets.map((s) => [s.metadata?.name ?? '', s])),
    deployments: new Map(deployments.map((d) => [d.metadata?.name ?? '', d])),
  };
}
