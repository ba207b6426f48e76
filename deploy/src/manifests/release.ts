import { topology } from '../topology/topology.js';
import type { ComponentName } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { componentObjects, mongoInitObjects } from './component-objects.js';
import { edgeObjects } from './ingress-routes.js';
import type { KubeObject, ManifestGroup } from './kube-object.js';
import { namespaceFor } from './namespace.js';
import { defaultDenyPolicy } from './network-policies.js';

/**
 * Dependency order: what others connect to comes first (logs, then data stores, then the
 * apps that use them, then the edge that exposes the apps).
 */
export const applyOrder: readonly ComponentName[] = [
  'rsyslog',
  'mongodb',
  'redis',
  'redis-sentinel',
  'shopping-server',
  'management-server',
  'shopping-webclient',
  'management-webclient',
  'website',
];

export const namespaceGroup = 'namespace';
export const mongoInitGroup = 'mongodb-init';
export const edgeGroup = 'ingress';

/** Every object of the release, grouped and ordered; each was validated when it was built. */
export function buildRelease(settings: DeploySettings): ManifestGroup[] {
  const groups: ManifestGroup[] = [
    { name: namespaceGroup, objects: [namespaceFor(settings), defaultDenyPolicy(settings)] },
  ];
  for (const name of applyOrder) {
    groups.push({ name, objects: componentObjects(topology[name], settings) });
    if (name === 'mongodb') {
      groups.push({ name: mongoInitGroup, objects: mongoInitObjects(topology.mongodb, settings) });
    }
  }
  groups.push({ name: edgeGroup, objects: edgeObjects(settings) });
  return groups;
}

export function allObjects(groups: readonly ManifestGroup[]): KubeObject[] {
  return groups.flatMap((g) => g.objects);
}
