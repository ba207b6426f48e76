import type { ManifestGroup } from '../manifests/kube-object.js';
import { edgeGroup, mongoInitGroup, namespaceGroup } from '../manifests/release.js';
import { mongoInitJobName } from '../manifests/mongodb-init-job.js';

/** One thing `deploy:apply` does, in order. */
export type ApplyStep =
  | { readonly kind: 'apply'; readonly group: ManifestGroup }
  | { readonly kind: 'rerun-job'; readonly name: string }
  | { readonly kind: 'wait-job'; readonly name: string }
  | { readonly kind: 'wait-rollout'; readonly workload: string };

function workloadsOf(group: ManifestGroup): string[] {
  return group.objects
    .filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet')
    .map((o) => `${o.kind.toLowerCase()}/${o.metadata?.name ?? ''}`);
}

/**
 * Data stores first, and waited for, before the apps that need them; the replica-set Job runs
 * again each time (it is idempotent) and MongoDB only turns ready once it has; the edge last.
 */
export function applyPlan(groups: readonly ManifestGroup[]): ApplyStep[] {
  const steps: ApplyStep[] = [];
  const stores: string[] = [];
  const apps: string[] = [];
  const firstApp = groups.findIndex((g) => g.objects.some((o) => o.kind === 'Deployment'));
  groups.forEach((group, i) => {
    if (i === firstApp) {
      steps.push({ kind: 'wait-job', name: mongoInitJobName });
      steps.push(...stores.map((workload) => ({ kind: 'wait-rollout' as const, workload })));
    }
    if (group.name === mongoInitGroup) steps.push({ kind: 'rerun-job', name: mongoInitJobName });
    steps.push({ kind: 'apply', group });
    if (group.name === namespaceGroup || group.name === edgeGroup) return;
    (i >= firstApp ? apps : stores).push(...workloadsOf(group));
  });
  steps.push(...apps.map((workload) => ({ kind: 'wait-rollout' as const, workload })));
  return steps;
}
