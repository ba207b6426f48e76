import type { IAffinity } from 'kubernetes-models/v1/Affinity';
import type { IPodAffinityTerm } from 'kubernetes-models/v1/PodAffinityTerm';
import type { ITopologySpreadConstraint } from 'kubernetes-models/v1/TopologySpreadConstraint';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { selectorLabels } from './labels.js';

export const nodeKey = 'kubernetes.io/hostname';

function termFor(name: ComponentSpec['name']): IPodAffinityTerm {
  return { labelSelector: { matchLabels: selectorLabels({ name }) }, topologyKey: nodeKey };
}

/**
 * Members of a quorum: MongoDB's voters, Redis' primary and replicas, the Sentinels. Two of
 * them on one node means that node's loss takes the majority with it.
 */
export function isVoter(component: ComponentSpec): boolean {
  return component.workload === 'StatefulSet' && component.spreadReplicas;
}

function preferred(term: IPodAffinityTerm) {
  return {
    preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: term }],
  };
}

/**
 * Voters are kept on distinct nodes, hard with `affinity: required` (the default: a cluster
 * of at least 3 nodes, which the preflight checks) and as a preference with `preferred` (a
 * smaller cluster, where quorum cannot survive a node anyway). A StatefulSet replaces a member
 * in place (delete, then create), so hard spreading never blocks its rollout.
 *
 * Deployments are only ever spread softly: their rollouts add a pod before removing one and
 * their autoscalers go past 3 pods, so a hard rule on 3 nodes would leave a pod Pending and
 * the rollout stuck. Webclients prefer the node of their server (one hop less per API call).
 */
export function affinityFor(
  component: ComponentSpec,
  settings: DeploySettings,
): IAffinity | undefined {
  const affinity: IAffinity = {};
  if (component.colocateWith) affinity.podAffinity = preferred(termFor(component.colocateWith));
  if (component.spreadReplicas) {
    const term = termFor(component.name);
    affinity.podAntiAffinity =
      isVoter(component) && settings.affinity === 'required'
        ? { requiredDuringSchedulingIgnoredDuringExecution: [term] }
        : preferred(term);
  }
  return affinity.podAffinity || affinity.podAntiAffinity ? affinity : undefined;
}

/** Deployments' replicas spread over the nodes as evenly as the nodes allow, never required. */
export function topologySpreadFor(component: ComponentSpec): ITopologySpreadConstraint[] {
  if (component.workload !== 'Deployment' || component.replicas < 2) return [];
  return [
    {
      maxSkew: 1,
      topologyKey: nodeKey,
      whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: { matchLabels: selectorLabels(component) },
    },
  ];
}
