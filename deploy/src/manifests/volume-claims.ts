import type { IPersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { stableLabels } from './labels.js';

/**
 * One ReadWriteOnce volume per member: each member owns its data, none shares a disk. The
 * template is immutable once the StatefulSet exists, so it carries only stable labels (no
 * version); a size that grows is handled by deploy:apply (claims expanded, set re-created).
 */
export function volumeClaimTemplate(
  name: string,
  component: ComponentSpec,
  settings: DeploySettings,
): IPersistentVolumeClaim {
  if (!component.storage) throw new Error(`${component.name} declares no storage`);
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name, labels: stableLabels(component) },
    spec: {
      accessModes: ['ReadWriteOnce'],
      storageClassName: settings.storageClass,
      resources: { requests: { storage: component.storage.size } },
    },
  };
}
