import { secretCatalogue } from '../manifests/secret-catalogue.js';
import { withImageDigests } from '../settings/image-digests.js';
import { resolveSettings, type ResolvedArgs } from '../settings/resolve-settings.js';
import { defaultSettingsFile, readEnvFile } from './env-file.js';
import { CliError, flagValue } from './run-cli.js';

const SECRET_VARIABLES = new Set(
  secretCatalogue.flatMap((secret) => secret.keys.map((key) => key.env)),
);

/**
 * Every command's settings: defaults, then the settings file (deploy/settings.env, or
 * `--settings FILE`), then the environment, then flags. The file holds what is worth keeping
 * between runs but is no secret, such as the SendGrid template ids. The image digests
 * deploy:images recorded (deploy/out/image-digests.json, or `--digests FILE`) come last.
 */
export async function commandSettings(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<ResolvedArgs> {
  const named = flagValue(argv, '--settings');
  const path = named ?? defaultSettingsFile;
  const fromFile = await readEnvFile(path, { required: named !== undefined });
  refuseSecrets(path, fromFile);
  const resolved = resolveSettings(argv, { ...fromFile, ...env });
  // images deploy:images built and pushed here are named by digest
  const digestsFile = flagValue(resolved.rest, '--digests') ?? env['DEPLOY_DIGESTS_FILE'];
  return { ...resolved, settings: await withImageDigests(resolved.settings, digestsFile) };
}

/**
 * The settings file is meant to be read, diffed and committed with the operator's copy of the
 * repository, so a secret pasted into it would end up in git: stop before anything runs.
 */
function refuseSecrets(path: string, values: Record<string, string>): void {
  const secrets = Object.keys(values).filter((key) => SECRET_VARIABLES.has(key));
  if (secrets.length === 0) return;
  throw new CliError(
    `${path} holds secrets (${secrets.join(', ')}). The settings file is meant to be committed: ` +
      'move them to deploy/secrets.env (git-ignored) or the environment, where deploy:secrets reads them.',
  );
}
