import type { DeploySettings } from '../settings/settings.js';
import { releaseLabels } from '../manifests/labels.js';
import { namespaceFor } from '../manifests/namespace.js';
import { secretCatalogue } from '../manifests/secret-catalogue.js';
import { toYaml } from '../manifests/to-yaml.js';
import { ensureClusterReachable, mustRun, type Kubectl } from './kubectl.js';
import { resolveKeys } from './secret-values.js';

export interface SecretsOptions {
  readonly settings: DeploySettings;
  readonly kubectl: Kubectl;
  /** Environment and deploy/secrets.env merged; the environment wins. */
  readonly given: Record<string, string | undefined>;
  readonly dryRun: boolean;
  readonly print: (line: string) => void;
}

async function existingData(o: SecretsOptions, name: string): Promise<Record<string, string>> {
  const result = await o.kubectl(['get', 'secret', name, '-n', o.settings.namespace, '-o', 'json']);
  if (result.code !== 0) return {};
  const data = (JSON.parse(result.stdout) as { data?: Record<string, string> }).data ?? {};
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]),
  );
}

/**
 * Creates or updates every Secret of the catalogue. Values already in the cluster are kept
 * unless given anew (regenerating a database password would lock the servers out). Values are
 * sent on stdin and never printed: the report says only where each key came from.
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
    const keys = resolveKeys(secret, o.given, await existingData(o, secret.name));
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
  }
  if (!o.dryRun)
    o.print(
      'Pods read Secrets at start: run `nx run deploy:apply` (or restart) to use new values.',
    );
}
