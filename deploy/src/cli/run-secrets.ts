import type { DeploySettings } from '../settings/settings.js';
import { releaseLabels } from '../manifests/labels.js';
import { namespaceFor } from '../manifests/namespace.js';
import { secretCatalogue } from '../manifests/secret-catalogue.js';
import { toYaml } from '../manifests/to-yaml.js';
import { ensureClusterReachable, mustRun, readSecretData, type Kubectl } from './kubectl.js';
import { givenTemplateIdsNote, staleTemplateKeys } from './mail-template-notes.js';
import { resolveKeys } from './secret-values.js';

export interface SecretsOptions {
  readonly settings: DeploySettings;
  readonly kubectl: Kubectl;
  /** Environment and deploy/secrets.env merged; the environment wins. */
  readonly given: Record<string, string | undefined>;
  readonly dryRun: boolean;
  readonly print: (line: string) => void;
}

/**
 * Creates or updates every Secret of the catalogue. Values already in the cluster are kept
 * unless given anew (regenerating a database password would lock the servers out). Values are
 * sent on stdin and never printed: the report says only where each key came from. SendGrid
 * template ids are not secrets and are no longer stored here (see mail-template-notes.ts).
 */
export async function runSecrets(o: SecretsOptions): Promise<void> {
  await ensureClusterReachable(o.kubectl);
  if (!o.dryRun) {
    await mustRun(
      o.kubectl,
      'creating the namespace',
      ['apply', '--server-side', '-f', '-'],
      toYaml([namespaceFor(o.settings)]),
    );
  }
  for (const secret of secretCatalogue) {
    const existing = await readSecretData(o.kubectl, o.settings.namespace, secret.name);
    const keys = resolveKeys(secret, o.given, existing);
    const data = Object.fromEntries(
      keys
        .filter((k) => k.value !== undefined)
        .map((k) => [k.key, Buffer.from(k.value ?? '').toString('base64')]),
    );
    const manifest = {
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'Opaque',
      metadata: {
        name: secret.name,
        namespace: o.settings.namespace,
        labels: releaseLabels(o.settings),
      },
      data,
    };
    if (!o.dryRun) {
      await mustRun(
        o.kubectl,
        `writing Secret ${secret.name}`,
        ['apply', '--server-side', '--field-manager=aneis-secrets', '--force-conflicts', '-f', '-'],
        JSON.stringify(manifest),
      );
    }
    o.print(`${secret.name}: ${keys.map((k) => `${k.key} (${k.origin})`).join(', ')}`);
    // server-side apply removes the keys this field manager wrote before and now leaves out
    const stale = staleTemplateKeys(existing);
    if (stale.length > 0) {
      o.print(`${secret.name}: ${o.dryRun ? 'would drop' : 'dropped'} ${stale.join(', ')}`);
    }
  }
  for (const line of givenTemplateIdsNote(o.given)) o.print(line);
  if (!o.dryRun)
    o.print(
      'Pods read Secrets at start: run `nx run deploy:apply` (or restart) to use new values.',
    );
}
