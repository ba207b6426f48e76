import { readFile } from 'node:fs/promises';
import { CliError } from './run-cli.js';

/** deploy/secrets.env (git-ignored), found from this file so any working directory works. */
export const defaultSecretsFile = new URL('../../secrets.env', import.meta.url).pathname;

/** deploy/settings.env: the settings' variables (no secrets), beneath the environment. */
export const defaultSettingsFile = new URL('../../settings.env', import.meta.url).pathname;

/**
 * KEY=VALUE lines; blank lines and # comments skipped; one pair of surrounding quotes removed.
 * A missing default file is simply empty: every value can come from elsewhere. A file the
 * operator named (`required`) must exist, or a typo would silently drop its values.
 */
export async function readEnvFile(
  path: string,
  { required = false }: { required?: boolean } = {},
): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      if (required) throw new CliError(`The file ${path} does not exist.`);
      return {};
    }
    throw error;
  }
  const values: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    if (at <= 0) continue;
    const key = line
      .slice(0, at)
      .replace(/^export\s+/, '')
      .trim();
    values[key] = line
      .slice(at + 1)
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}
