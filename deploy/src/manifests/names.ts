import type { ComponentName } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';

export const clusterDomain = 'cluster.local';
export const mongoReplicaSet = 'rs0';
export const mongoDatabase = 'aneis';
export const redisMasterName = 'aneis-redis';

/** Stateful components get a headless Service that gives each member a stable DNS name. */
export function headlessServiceName(name: ComponentName): string {
  return `${name}-headless`;
}

export function serviceHost(name: ComponentName, settings: DeploySettings): string {
  return `${name}.${settings.namespace}.svc.${clusterDomain}`;
}

/** `mongodb-1.mongodb-headless.<ns>.svc.cluster.local`: a member's stable address. */
export function memberHost(name: ComponentName, ordinal: number, settings: DeploySettings): string {
  return `${name}-${ordinal}.${headlessServiceName(name)}.${settings.namespace}.svc.${clusterDomain}`;
}

export function memberHosts(
  name: ComponentName,
  count: number,
  port: number,
  settings: DeploySettings,
): string[] {
  return Array.from({ length: count }, (_, i) => `${memberHost(name, i, settings)}:${port}`);
}

export const configMapName = (name: ComponentName): string => `${name}-config`;
export const serviceAccountName = (name: ComponentName): string => name;
