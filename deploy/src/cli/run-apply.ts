import type { DeploySettings } from '../settings/settings.js';
import type { ManifestGroup } from '../manifests/kube-object.js';
import { buildRelease } from '../manifests/release.js';
import { secretCatalogue } from '../manifests/secret-catalogue.js';
import { digestSecretData, type SecretDigests } from '../manifests/secret-checksums.js';
import { toYaml } from '../manifests/to-yaml.js';
import { applyPlan, type ApplyStep } from './apply-plan.js';
import { readSnapshot, type ClusterSnapshot } from './cluster-snapshot.js';
import { ensureClusterReachable, firstLine, mustRun, type Kubectl } from './kubectl.js';
import { preflight, reportFindings, type Finding } from './preflight.js';
import { applyFieldManager, handOverReplicas } from './replica-handover.js';
import { CliError } from './run-cli.js';
import { migrate, planMigrations, type StatefulSetMigration } from './statefulset-migration.js';
import { statusTable } from './status-table.js';

export interface ApplyOptions {
  readonly settings: DeploySettings;
  readonly kubectl: Kubectl;
  readonly dryRun: boolean;
  readonly timeout: string;
  readonly print: (line: string) => void;
}

const fieldManager = `--field-manager=${applyFieldManager}`;

/** Digests of the Secrets as the cluster has them, so a rotated one rolls its pods. */
function secretDigests(snapshot: ClusterSnapshot): SecretDigests {
  const digests: Record<string, string> = {};
  for (const secret of secretCatalogue) {
    const data = snapshot.secrets.get(secret.name);
    if (data) digests[secret.name] = digestSecretData(data);
  }
  return digests;
}

async function runStep(
  step: ApplyStep,
  o: ApplyOptions,
  snapshot: ClusterSnapshot,
  migrations: readonly StatefulSetMigration[],
): Promise<void> {
  const ns = ['-n', o.settings.namespace];
  switch (step.kind) {
    case 'apply': {
      await handOverReplicas(o.kubectl, o.settings, step.group, snapshot.deployments, o.print);
      const names = new Set(step.group.objects.map((x) => `${x.kind}/${x.metadata?.name ?? ''}`));
      for (const m of migrations.filter((x) => names.has(`StatefulSet/${x.name}`)))
        await migrate(o.kubectl, o.settings, m, o.print);
      o.print(`apply ${step.group.name} (${step.group.objects.length} objects)`);
      await mustRun(
        o.kubectl,
        `applying ${step.group.name}`,
        ['apply', '--server-side', fieldManager, '--force-conflicts', '-f', '-'],
        toYaml(step.group.objects),
      );
      return;
    }
    case 'rerun-job':
      // a Job's template cannot change in place; the init script is idempotent, so run anew
      await mustRun(o.kubectl, `removing the old ${step.name} Job`, [
        'delete',
        'job',
        step.name,
        ...ns,
        '--ignore-not-found',
        '--wait=true',
      ]);
      return;
    case 'wait-job':
      o.print(`wait for job/${step.name}`);
      await mustRun(o.kubectl, `waiting for job/${step.name}`, [
        'wait',
        '--for=condition=complete',
        `job/${step.name}`,
        ...ns,
        `--timeout=${o.timeout}`,
      ]);
      return;
    case 'wait-rollout':
      o.print(`wait for ${step.workload}`);
      await mustRun(o.kubectl, `waiting for ${step.workload} to roll out`, [
        'rollout',
        'status',
        step.workload,
        ...ns,
        `--timeout=${o.timeout}`,
      ]);
      return;
  }
}

/**
 * `kubectl diff` exits 1 when there are differences: that is its answer, not a failure. A
 * StatefulSet apply would re-create is left out (the API would refuse the diff) and said so.
 */
async function diffGroups(
  groups: readonly ManifestGroup[],
  migrations: readonly StatefulSetMigration[],
  o: ApplyOptions,
): Promise<void> {
  const recreated = new Set(migrations.map((m) => m.name));
  for (const group of groups) {
    for (const m of migrations.filter((x) =>
      group.objects.some((y) => y.metadata?.name === x.name && y.kind === 'StatefulSet'),
    )) {
      o.print(
        `${group.name}: statefulset/${m.name} would be re-created around its pods (${m.reasons.join('; ')})`,
      );
    }
    const objects = group.objects.filter(
      (x) => !(x.kind === 'StatefulSet' && recreated.has(x.metadata?.name ?? '')),
    );
    if (objects.length === 0) continue;
    const result = await o.kubectl(
      ['diff', '--server-side', fieldManager, '--force-conflicts', '-f', '-'],
      toYaml(objects),
    );
    if (result.code > 1) {
      throw new CliError(`kubectl diff failed for ${group.name}: ${firstLine(result.stderr)}`);
    }
    o.print(
      result.code === 0 ? `${group.name}: no changes` : `${group.name}: changes\n${result.stdout}`,
    );
  }
}

function migrationFindings(migrations: readonly StatefulSetMigration[]): Finding[] {
  return migrations.map((m) =>
    m.blocker
      ? { ok: false, sentence: m.blocker }
      : {
          ok: true,
          sentence: `StatefulSet ${m.name} will be re-created around its pods and volumes (${m.reasons.join('; ')}).`,
        },
  );
}

/**
 * Regenerates (validating every object), checks the cluster before touching it (the
 * preflight, shown by --dry-run too), then applies in dependency order and waits.
 */
export async function runApply(o: ApplyOptions): Promise<void> {
  await ensureClusterReachable(o.kubectl);
  const snapshot = await readSnapshot(o.kubectl, o.settings);
  const groups = buildRelease(o.settings, secretDigests(snapshot));
  const expandable = new Set(
    snapshot.storageClasses.filter((c) => c.allowVolumeExpansion).map((c) => c.metadata.name),
  );
  const migrations = planMigrations(snapshot.statefulSets, groups, {
    expandable: (name) => expandable.has(name),
  });
  const findings = [...preflight(snapshot, o.settings), ...migrationFindings(migrations)];
  if (o.dryRun) {
    const failed = findings.some((f) => !f.ok);
    for (const f of findings) o.print(`preflight ${f.ok ? 'ok  ' : 'FAIL'} ${f.sentence}`);
    await diffGroups(groups, migrations, o);
    if (failed)
      reportFindings(
        findings.filter((f) => !f.ok),
        () => undefined,
      );
    return;
  }
  reportFindings(findings, o.print);
  for (const step of applyPlan(groups)) await runStep(step, o, snapshot, migrations);
  o.print(await statusTable(o.kubectl, o.settings.namespace));
}
