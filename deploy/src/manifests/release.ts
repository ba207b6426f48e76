import { topology } from '../topology/topology.js';
import type { ComponentName } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { componentObjects, mongoBackupObjects, mongoInitObjects } from './component-objects.js';
import { edgeObjects } from './ingress-routes.js';
import type { KubeObject, ManifestGroup } from './kube-object.js';
import { namespaceFor } from './namespace.js';
import { defaultDenyPolicy } from './network-policies.js';
import { annotateSecretChecksums, type SecretDigests } from './secret-checksums.js';

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
export const mongoBackupGroup = 'mongodb-backup';
export const edgeGroup = 'ingress';

/**
 * Every object of the release, grouped and ordered; each was validated when it was built.
 * With the cluster's Secret digests (deploy:apply), pods also roll when a Secret they read
 * changes.
 */
export function buildRelease(
  settings: DeploySettings,
  secretDigests: SecretDigests = {},
): ManifestGroup[] {
  const groups: ManifestGroup[] = [
    { name: namespaceGroup, objects: [namespaceFor(settings), defaultDenyPolicy(settings)] },
  ];
  for (const name of applyOrder) {
    groups.push({ name, objects: componentObjects(topology[name], settings) });
    if (name === 'mongodb') {
      groups.push({ name: mongoInitGroup, objects: mongoInitObjects(topology.mongodb, settings) });
      groups.push({
        name: mongoBackupGroup,
        objects: mongoBackupObjects(topology.mongodb, settings),
      });
    }
  }
  groups.push({ name: edgeGroup, objects: edgeObjects(settings) });
  annotateSecretChecksums(groups, secretDigests);
  return groups;
}

export function allObjects(groups: readonly ManifestGroup[]): KubeObject[] {
  return groups.flatMap((g) => g.objects);
}
