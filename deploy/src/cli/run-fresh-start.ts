import type { DeploySettings } from '../settings/settings.js';
import { ensureClusterReachable, mustRun, type Kubectl } from './kubectl.js';
import { CliError } from './run-cli.js';

export interface FreshStartOptions {
  readonly settings: DeploySettings;
  readonly kubectl: Kubectl;
  /** `--yes`: no question asked (CI). */
  readonly confirmed: boolean;
  /** Asks the operator; resolves to what they typed. */
  readonly ask: (question: string) => Promise<string>;
  readonly print: (line: string) => void;
}

/**
 * Removes the whole release with its data: deleting the namespace deletes every object in it,
 * the PersistentVolumeClaims included, so the storage class reclaims the volumes (the seed's
 * `-d 1`). The operator must type the namespace name, unless `--yes` was given.
 */
export async function runFreshStart(o: FreshStartOptions): Promise<void> {
  const ns = o.settings.namespace;
  await ensureClusterReachable(o.kubectl);
  if (!o.confirmed) {
    const answer = await o.ask(
      `This deletes namespace ${ns} with ALL its data (MongoDB, Redis, logs). Type the namespace name to go on: `,
    );
    if (answer.trim() !== ns)
      throw new CliError('Nothing was deleted: the answer did not match the namespace name.');
  }
  o.print(`deleting namespace ${ns} and its volumes`);
  await mustRun(o.kubectl, `deleting namespace ${ns}`, [
    'delete',
    'namespace',
    ns,
    '--ignore-not-found',
    '--wait=true',
    '--timeout=600s',
  ]);
  o.print('done: run `nx run deploy:secrets` and `nx run deploy:apply` to start afresh');
}
