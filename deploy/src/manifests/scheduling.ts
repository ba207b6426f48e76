import type { IAffinity } from 'kubernetes-models/v1/Affinity';
import type { IPodAffinityTerm } from 'kubernetes-models/v1/PodAffinityTerm';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { selectorLabels } from './labels.js';

const nodeKey = 'kubernetes.io/hostname';

function termFor(name: ComponentSpec['name']): IPodAffinityTerm {
  return { labelSelector: { matchLabels: selectorLabels({ name }) }, topologyKey: nodeKey };
}

/**
 * Webclients sit next to their server (one hop less per API call); replicas of a spread
 * component avoid each other. Whether the rules are hard is a setting: `required` on a one-node
 * cluster would leave pods Pending forever.
 */
export function affinityFor(
  component: ComponentSpec,
  settings: DeploySettings,
): IAffinity | undefined {
  const required = settings.affinity === 'required';
  const affinity: IAffinity = {};
  if (component.colocateWith) {
    const term = termFor(component.colocateWith);
    affinity.podAffinity = required
      ? { requiredDuringSchedulingIgnoredDuringExecution: [term] }
      : {
          preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: term }],
        };
  }
  if (component.spreadReplicas) {
    const term = termFor(component.name);
    affinity.podAntiAffinity = required
      ? { requiredDuringSchedulingIgnoredDuringExecution: [term] }
      : {
          preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: term }],
        };
  }
  return affinity.podAffinity || affinity.podAntiAffinity ? affinity : undefined;
}
