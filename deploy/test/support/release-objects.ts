import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { ICronJob } from 'kubernetes-models/batch/v1/CronJob';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { defaultSettings, type DeploySettings } from '../../src/settings/settings.js';
import { allObjects, buildRelease } from '../../src/manifests/release.js';
import type { SecretDigests } from '../../src/manifests/secret-checksums.js';

/** A generated object as kubectl would receive it: plain JSON. */
export interface PlainObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: unknown;
  data?: Record<string, string>;
}

export function plainRelease(
  settings: DeploySettings = defaultSettings,
  secretDigests: SecretDigests = {},
): PlainObject[] {
  return allObjects(buildRelease(settings, secretDigests)).map(
    (o) => JSON.parse(JSON.stringify(o.toJSON())) as PlainObject,
  );
}

export function ofKind<T>(objects: readonly PlainObject[], kind: string): (PlainObject & T)[] {
  return objects.filter((o) => o.kind === kind) as (PlainObject & T)[];
}

export interface PodTemplate {
  owner: string;
  kind: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  spec: IPodSpec;
  /** Jobs finish; probes make sense only for what runs on. */
  longRunning: boolean;
  replicas: number;
}

export function podTemplates(objects: readonly PlainObject[]): PodTemplate[] {
  const workloads = [
    ...ofKind<IDeployment>(objects, 'Deployment'),
    ...ofKind<IStatefulSet>(objects, 'StatefulSet'),
  ].map((w) => ({
    owner: w.metadata.name,
    kind: w.kind,
    labels: w.spec?.template.metadata?.labels ?? {},
    annotations: w.spec?.template.metadata?.annotations ?? {},
    spec: w.spec?.template.spec ?? { containers: [] },
    longRunning: true,
    replicas: w.spec?.replicas ?? 1,
  }));
  const jobs = ofKind<IJob>(objects, 'Job').map((j) => ({
    owner: j.metadata.name,
    kind: j.kind,
    labels: j.spec?.template.metadata?.labels ?? {},
    annotations: j.spec?.template.metadata?.annotations ?? {},
    spec: j.spec?.template.spec ?? { containers: [] },
    longRunning: false,
    replicas: 1,
  }));
  const cronJobs = ofKind<ICronJob>(objects, 'CronJob').map((j) => ({
    owner: j.metadata.name,
    kind: j.kind,
    labels: j.spec?.jobTemplate.spec?.template.metadata?.labels ?? {},
    annotations: j.spec?.jobTemplate.spec?.template.metadata?.annotations ?? {},
    spec: j.spec?.jobTemplate.spec?.template.spec ?? { containers: [] },
    longRunning: false,
    replicas: 1,
  }));
  return [...workloads, ...jobs, ...cronJobs];
}

/** The Deployment or StatefulSet of that name, as plain JSON. */
export function workload<T>(objects: readonly PlainObject[], name: string): PlainObject & T {
  const found = objects.find(
    (o) => (o.kind === 'Deployment' || o.kind === 'StatefulSet') && o.metadata.name === name,
  );
  if (!found) throw new Error(`no workload ${name}`);
  return found as PlainObject & T;
}

export function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}
