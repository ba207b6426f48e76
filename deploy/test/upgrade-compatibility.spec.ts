import { applyPlan } from '../src/cli/apply-plan.js';
import { buildRelease } from '../src/manifests/release.js';
import { defaultSettings, type DeploySettings } from '../src/settings/settings.js';
import { plainRelease, type PlainObject } from './support/release-objects.js';

/*
 * What the API server refuses to change on an object that exists (Kubernetes' validation of
 * updates), per kind. Two releases that differ only in what an upgrade changes (the tag, the
 * image digests, rotated Secrets) must agree on all of it, or the second `deploy:apply` fails.
 */
const immutableFields: Record<string, readonly string[]> = {
  StatefulSet: [
    'spec.selector',
    'spec.serviceName',
    'spec.volumeClaimTemplates',
    'spec.podManagementPolicy',
  ],
  Deployment: ['spec.selector'],
  Service: ['spec.clusterIP'],
  PersistentVolumeClaim: ['spec.accessModes', 'spec.storageClassName', 'spec.volumeName'],
  CronJob: ['spec.jobTemplate.spec.selector'],
};

function at(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => {
    return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }, object);
}

const key = (o: PlainObject) => `${o.kind}/${o.metadata.name}`;

function immutableParts(objects: readonly PlainObject[]): Map<string, unknown> {
  const parts = new Map<string, unknown>();
  for (const o of objects) {
    for (const field of immutableFields[o.kind] ?? [])
      parts.set(`${key(o)} ${field}`, at(o, field));
  }
  return parts;
}

const version = (tag: string, extra: Partial<DeploySettings> = {}): DeploySettings => ({
  ...defaultSettings,
  tag,
  ...extra,
});

describe('upgrades', () => {
  it('when the next version is generated, then no field Kubernetes keeps for good has changed', () => {
    const before = immutableParts(plainRelease(version('1.0.0')));
    const after = immutableParts(plainRelease(version('1.0.1')));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [field, value] of before) expect(after.get(field), field).toEqual(value);
    // a Job's template never changes in place either: apply deletes it before creating it anew
    const groups = buildRelease(version('1.0.1'));
    const steps = applyPlan(groups);
    for (const group of groups) {
      for (const job of group.objects.filter((o) => o.kind === 'Job')) {
        const name = job.metadata?.name ?? '';
        const removed = steps.findIndex((s) => s.kind === 'rerun-job' && s.name === name);
        const applied = steps.findIndex((s) => s.kind === 'apply' && s.group === group);
        expect(removed, name).toBeGreaterThanOrEqual(0);
        expect(removed).toBeLessThan(applied);
      }
    }
  });

  it('when images are pinned by digest, then still no field Kubernetes keeps for good has changed', () => {
    const before = immutableParts(plainRelease(version('1.0.0')));
    const digests = Object.fromEntries(
      ['shopping-server', 'mongodb', 'redis', 'rsyslog'].map((name) => [
        name,
        `sha256:${name.length.toString(16).padStart(64, '0')}`,
      ]),
    );
    const after = immutableParts(plainRelease(version('1.0.1', { imageDigests: digests })));
    for (const [field, value] of before) expect(after.get(field), field).toEqual(value);
  });

  it('when an object holds a volume claim template, then it carries no version label', () => {
    for (const o of plainRelease(version('1.0.0'))) {
      const templates = (at(o, 'spec.volumeClaimTemplates') ?? []) as PlainObject[];
      for (const t of templates) {
        expect(t.metadata.labels?.['app.kubernetes.io/version'], key(o)).toBeUndefined();
      }
    }
  });
});
