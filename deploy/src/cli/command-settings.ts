import { resolveSettings, type ResolvedArgs } from '../settings/resolve-settings.js';
import { defaultSettingsFile, readEnvFile } from './env-file.js';
import { flagValue } from './run-cli.js';

/**
 * Every command's settings: defaults, then the settings file (deploy/settings.env, or
 * `--settings FILE`), then the environment, then flags. The file holds what is worth keeping
 * between runs but is no secret, such as the SendGrid template ids.
 */
export async function commandSettings(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<ResolvedArgs> {
  const named = flagValue(argv, '--settings');
  const fromFile = await readEnvFile(named ?? defaultSettingsFile, {
    required: named !== undefined,
  });
  return resolveSettings(argv, { ...fromFile, ...env });
}
