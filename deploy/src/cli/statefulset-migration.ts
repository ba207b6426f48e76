import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IPersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import type { KubeObject, ManifestGroup } from '../manifests/kube-object.js';
import { mebibytes } from '../manifests/quantities.js';
import type { DeploySettings } from '../settings/settings.js';
import { mustRun, type Kubectl } from './kubectl.js';

/*
 * Kubernetes never changes a StatefulSet's selector, serviceName, podManagementPolicy or
 * volumeClaimTemplates in place. When a release changes one of them (a claim that grows, a
 * label that left the template), deploy:apply grows the existing claims, deletes the
 * StatefulSet alone (`--cascade=orphan`: its pods keep running and its volumes stay), and
 * applies it anew; the new StatefulSet adopts the pods and rolls them as any update would.
 * What cannot be done that way (a smaller or differently classed volume) stops the preflight.
 */

export interface StatefulSetMigration {
  readonly name: string;
  /** What changed, for the operator. */
  readonly reasons: readonly string[];
  /** Claims to grow first, with their new size. */
  readonly grow: readonly { readonly claim: string; readonly size: string }[];
  /** Set when the change needs a person (data would have to move). */
  readonly blocker?: string;
}

type ClaimTemplate = Pick<IPersistentVolumeClaim, 'metadata' | 'spec'>;

const storageOf = (t: ClaimTemplate): string => String(t.spec?.resources?.requests?.['storage']);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

interface Classes {
  readonly expandable: (name: string) => boolean;
}

function compareTemplates(
  name: string,
  live: readonly ClaimTemplate[],
  wanted: readonly ClaimTemplate[],
  replicas: number,
  classes: Classes,
): Omit<StatefulSetMigration, 'name'> {
  const reasons: string[] = [];
  const grow: { claim: string; size: string }[] = [];
  let blocker: string | undefined;
  for (const next of wanted) {
    const template = next.metadata?.name ?? '';
    const before = live.find((t) => t.metadata?.name === template);
    if (!before) {
      reasons.push(`claim template ${template} is new`);
      continue;
    }
    if (!same(before.metadata?.labels ?? {}, next.metadata?.labels ?? {}))
      reasons.push(`claim template ${template} has other labels`);
    const liveClass = before.spec?.storageClassName ?? '';
    if (liveClass !== (next.spec?.storageClassName ?? '')) {
      blocker = `StatefulSet ${name} keeps its ${template} volumes on storage class ${liveClass}, not ${next.spec?.storageClassName ?? ''}: moving the data is for a person to do (or keep --storage-class ${liveClass}).`;
      continue;
    }
    const [from, to] = [storageOf(before), storageOf(next)];
    if (from === to) continue;
    if (mebibytes(to) < mebibytes(from)) {
      blocker = `StatefulSet ${name} has ${from} ${template} volumes and this release asks for ${to}: volumes cannot shrink.`;
    } else if (!classes.expandable(liveClass)) {
      blocker = `StatefulSet ${name} needs its ${template} volumes grown from ${from} to ${to}, but storage class ${liveClass} does not allow volume expansion.`;
    } else {
      reasons.push(`${template} volumes grow from ${from} to ${to}`);
      for (let i = 0; i < replicas; i += 1)
        grow.push({ claim: `${template}-${name}-${i}`, size: to });
    }
  }
  return { reasons, grow, ...(blocker ? { blocker } : {}) };
}

function statefulSetsOf(groups: readonly ManifestGroup[]): IStatefulSet[] {
  return groups
    .flatMap((g) => g.objects)
    .filter((o: KubeObject) => o.kind === 'StatefulSet')
    .map((o) => JSON.parse(JSON.stringify(o.toJSON())) as IStatefulSet);
}

/** Read-only: what each StatefulSet of the release needs before it can be applied. */
export function planMigrations(
  running: ReadonlyMap<string, IStatefulSet>,
  groups: readonly ManifestGroup[],
  classes: Classes,
): StatefulSetMigration[] {
  const migrations: StatefulSetMigration[] = [];
  for (const wanted of statefulSetsOf(groups)) {
    const name = wanted.metadata?.name ?? '';
    const live = running.get(name);
    if (!live) continue;
    const reasons: string[] = [];
    if (!same(live.spec?.selector, wanted.spec?.selector)) reasons.push('its selector changed');
    if (live.spec?.serviceName !== wanted.spec?.serviceName) reasons.push('its Service changed');
    const policy = (s: IStatefulSet) => s.spec?.podManagementPolicy ?? 'OrderedReady';
    if (policy(live) !== policy(wanted)) reasons.push('its pod management policy changed');
    const claims = compareTemplates(
      name,
      live.spec?.volumeClaimTemplates ?? [],
      wanted.spec?.volumeClaimTemplates ?? [],
      live.spec?.replicas ?? 1,
      classes,
    );
    const all = [...reasons, ...claims.reasons];
    if (all.length === 0 && !claims.blocker) continue;
    migrations.push({
      name,
      reasons: all,
      grow: claims.grow,
      ...(claims.blocker ? { blocker: claims.blocker } : {}),
    });
  }
  return migrations;
}

/** Grows the claims, then deletes the StatefulSet and nothing else; the apply re-creates it. */
export async function migrate(
  kubectl: Kubectl,
  settings: DeploySettings,
  migration: StatefulSetMigration,
  print: (line: string) => void,
): Promise<void> {
  const ns = ['-n', settings.namespace];
  for (const { claim, size } of migration.grow) {
    const exists = await kubectl(['get', 'pvc', claim, ...ns, '-o', 'name']);
    if (exists.code !== 0) continue;
    print(`grow pvc/${claim} to ${size}`);
    await mustRun(kubectl, `growing ${claim}`, [
      'patch',
      'pvc',
      claim,
      ...ns,
      '--type',
      'merge',
      '-p',
      JSON.stringify({ spec: { resources: { requests: { storage: size } } } }),
    ]);
  }
  print(
    `re-create statefulset/${migration.name} around its pods (${migration.reasons.join('; ')})`,
  );
  await mustRun(kubectl, `re-creating statefulset/${migration.name}`, [
    'delete',
    'statefulset',
    migration.name,
    ...ns,
    '--cascade=orphan',
    '--wait=true',
  ]);
}
