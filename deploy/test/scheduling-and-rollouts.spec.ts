import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { defaultSettings } from '../src/settings/settings.js';
import { topology } from '../src/topology/topology.js';
import { ofKind, plainRelease, selects, type PlainObject } from './support/release-objects.js';

/*
 * Quorum and rollouts on the cluster the release is for: 3 nodes. A rule that forbids two pods
 * on one node (hard anti-affinity) must never ask for more such pods at once than there are
 * nodes, during a rollout or at the autoscaler's maximum, or a pod stays Pending and the
 * rollout with it; and the quorum members must have exactly that rule, or one node's loss
 * takes their majority.
 */

const nodes = 3;
const hostname = 'kubernetes.io/hostname';
const voters = ['mongodb', 'redis', 'redis-sentinel'];

interface Workload {
  name: string;
  kind: string;
  labels: Record<string, string>;
  spec: IPodSpec;
  /** Pods that exist at once during a rollout or at the autoscaler's maximum. */
  peak: number;
}

function surge(d: IDeployment, desired: number): number {
  const value = d.spec?.strategy?.rollingUpdate?.maxSurge ?? '25%';
  return typeof value === 'number' ? value : Math.ceil((desired * parseInt(value, 10)) / 100);
}

function workloads(objects: readonly PlainObject[]): Workload[] {
  const scalers = ofKind<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler');
  const deployments = ofKind<IDeployment>(objects, 'Deployment').map((d) => {
    const hpa = scalers.find((h) => h.spec?.scaleTargetRef.name === d.metadata.name);
    const desired = hpa?.spec?.maxReplicas ?? d.spec?.replicas ?? 1;
    return { d, desired };
  });
  return [
    ...deployments.map(({ d, desired }) => ({
      name: d.metadata.name,
      kind: 'Deployment',
      labels: d.spec?.template.metadata?.labels ?? {},
      spec: d.spec?.template.spec ?? { containers: [] },
      peak: desired + surge(d, desired),
    })),
    // a StatefulSet replaces a member in place: it deletes the old pod before creating the new
    ...ofKind<IStatefulSet>(objects, 'StatefulSet').map((s) => ({
      name: s.metadata.name,
      kind: 'StatefulSet',
      labels: s.spec?.template.metadata?.labels ?? {},
      spec: s.spec?.template.spec ?? { containers: [] },
      peak: s.spec?.replicas ?? 1,
    })),
  ];
}

/** Whether the pod may never share a node with another pod of its own workload. */
function hardSpread(w: Workload): boolean {
  const terms = w.spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  return (terms ?? []).some(
    (t) => t.topologyKey === hostname && selects(t.labelSelector?.matchLabels ?? {}, w.labels),
  );
}

describe('scheduling on 3 nodes', () => {
  const required = workloads(plainRelease({ ...defaultSettings, affinity: 'required' }));

  it('when the defaults are generated, then every member of MongoDB, Redis and the Sentinels has a node of its own, hard', () => {
    expect(defaultSettings.affinity).toBe('required');
    for (const w of workloads(plainRelease())) {
      if (voters.includes(w.name)) expect(hardSpread(w), w.name).toBe(true);
    }
  });

  it('when any workload rolls out or scales out, then every pod a hard rule keeps apart has a node', () => {
    for (const w of required.filter(hardSpread)) {
      expect(w.peak, `${w.kind} ${w.name}`).toBeLessThanOrEqual(nodes);
    }
    // on a cluster too small for hard rules (affinity preferred), nothing is hard at all
    for (const w of workloads(plainRelease({ ...defaultSettings, affinity: 'preferred' }))) {
      expect(hardSpread(w), w.name).toBe(false);
    }
  });

  it('when a Deployment is scheduled, then nothing about other pods is hard and its replicas spread softly', () => {
    for (const w of required.filter((x) => x.kind === 'Deployment')) {
      const a = w.spec.affinity;
      expect(
        a?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution,
        w.name,
      ).toBeUndefined();
      expect(
        a?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution,
        w.name,
      ).toBeUndefined();
      const spread = w.spec.topologySpreadConstraints ?? [];
      expect(spread.length, w.name).toBeGreaterThan(0);
      for (const c of spread) {
        expect(c.whenUnsatisfiable, w.name).toBe('ScheduleAnyway');
        expect(c.topologyKey).toBe(hostname);
        expect(selects(c.labelSelector?.matchLabels ?? {}, w.labels), w.name).toBe(true);
      }
    }
  });
});

describe('autoscaled Deployments', () => {
  const objects = plainRelease();
  const scalers = ofKind<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler');

  it('when an autoscaler scales a Deployment, then the Deployment states no replica count of its own', () => {
    expect(scalers.length).toBeGreaterThan(0);
    for (const hpa of scalers) {
      const name = hpa.spec?.scaleTargetRef.name ?? '';
      const d = ofKind<IDeployment>(objects, 'Deployment').find((x) => x.metadata.name === name);
      expect(d, name).toBeDefined();
      expect(d?.spec && 'replicas' in d.spec, name).toBe(false);
      expect(hpa.spec?.minReplicas, name).toBe(topology[name as keyof typeof topology].replicas);
    }
    // what nothing scales states its count
    const scaled = new Set(scalers.map((h) => h.spec?.scaleTargetRef.name));
    for (const d of ofKind<IDeployment>(objects, 'Deployment')) {
      if (!scaled.has(d.metadata.name)) expect(d.spec?.replicas, d.metadata.name).toBe(3);
    }
  });
});
