import type { DeploySettings } from '../settings/settings.js';
import { buildRelease } from '../manifests/release.js';
import { secretCatalogue } from '../manifests/secret-catalogue.js';
import { toYaml } from '../manifests/to-yaml.js';
import { applyPlan, type ApplyStep } from './apply-plan.js';
import { ensureClusterReachable, firstLine, mustRun, type Kubectl } from './kubectl.js';
import { checkMailSettings } from './mail-preflight.js';
import { CliError } from './run-cli.js';
import { statusTable } from './status-table.js';

export interface ApplyOptions {
  readonly settings: DeploySettings;
  readonly kubectl: Kubectl;
  readonly dryRun: boolean;
  readonly timeout: string;
  readonly print: (line: string) => void;
}

const fieldManager = '--field-manager=aneis-deploy';

async function ensureSecretsExist(o: ApplyOptions): Promise<void> {
  const names = secretCatalogue.map((s) => s.name);
  const result = await o.kubectl(['get', 'secrets', '-n', o.settings.namespace, '-o', 'name']);
  const present = new Set(result.stdout.split('\n').map((l) => l.trim().replace(/^secret\//, '')));
  const missing = names.filter((n) => !present.has(n));
  if (missing.length > 0) {
    throw new CliError(
      `Secrets ${missing.join(', ')} are missing in namespace ${o.settings.namespace}: run \`nx run deploy:secrets\` first.`,
    );
  }
}

async function runStep(step: ApplyStep, o: ApplyOptions): Promise<void> {
  const ns = ['-n', o.settings.namespace];
  switch (step.kind) {
    case 'apply':
      o.print(`apply ${step.group.name} (${step.group.objects.length} objects)`);
      await mustRun(
        o.kubectl,
        `applying ${step.group.name}`,
        ['apply', '--server-side', fieldManager, '--force-conflicts', '-f', '-'],
        toYaml(step.group.objects),
      );
      return;
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

/** `kubectl diff` exits 1 when there are differences: that is its answer, not a failure. */
async function diffGroups(o: ApplyOptions): Promise<void> {
  for (const group of buildRelease(o.settings)) {
    const result = await o.kubectl(
      ['diff', '--server-side', fieldManager, '--force-conflicts', '-f', '-'],
      toYaml(group.objects),
    );
    if (result.code > 1) {
      throw new CliError(`kubectl diff failed for ${group.name}: ${firstLine(result.stderr)}`);
    }
    o.print(
      result.code === 0 ? `${group.name}: no changes` : `${group.name}: changes\n${result.stdout}`,
    );
  }
}

/** Regenerates (validating every object), then applies in dependency order and waits. */
export async function runApply(o: ApplyOptions): Promise<void> {
  const groups = buildRelease(o.settings);
  await ensureClusterReachable(o.kubectl);
  if (o.dryRun) {
    await diffGroups(o);
    return;
  }
  const [namespaceStep, ...rest] = applyPlan(groups);
  if (namespaceStep) await runStep(namespaceStep, o);
  await ensureSecretsExist(o);
  await checkMailSettings(o.kubectl, o.settings);
  for (const step of rest) await runStep(step, o);
  o.print(await statusTable(o.kubectl, o.settings.namespace));
}
