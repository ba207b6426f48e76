import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const BASE_DOMAIN = 'gic-asenhoradosaneis.localhost';
export const DEFAULT_SEED_ADMIN_EMAIL = 'admin@asenhoradosaneis.example';

export type DatabaseEngineChoice = 'auto' | 'mongod' | 'embedded' | 'memory';
const ENGINE_CHOICES: readonly DatabaseEngineChoice[] = ['auto', 'mongod', 'embedded', 'memory'];

export interface StackSettings {
  /** Where the apps' `dist/` folders are found. */
  readonly root: string;
  readonly baseDomain: string;
  /** 0 picks a free port (tests); the default is 8080 like the cluster's web entry point. */
  readonly edgePort: number;
  /** Instances of each server behind the edge router. */
  readonly replicas: number;
  readonly dataDir: string;
  readonly mailOutboxDir: string;
  /** Set: that database, and none is started. Unset: see `databaseEngine`. */
  readonly mongodbUri: string | undefined;
  /**
   * LOCAL_DB_ENGINE: `auto` (default) runs a real mongod when one can be had, else the embedded
   * engine; `mongod` or `embedded` insist on one; `memory` is the embedded engine keeping
   * nothing (a throw-away shop, and the benchmark's baseline).
   */
  readonly databaseEngine: DatabaseEngineChoice;
  readonly redisUrl: string;
  readonly seedAdmin: { readonly email: string; readonly password: string | undefined };
}

/** Settings from the command line (`--replicas 3`, `--edge-port`, `--data-dir`) over the environment. */
export function readStackSettings(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  root: string,
): StackSettings {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      replicas: { type: 'string' },
      'edge-port': { type: 'string' },
      'data-dir': { type: 'string' },
    },
    allowPositionals: false,
    strict: true,
  });
  const dataDir = resolve(root, values['data-dir'] ?? env['DATA_DIR'] ?? '.data');
  return {
    root,
    baseDomain: BASE_DOMAIN,
    edgePort: wholeNumber(
      'EDGE_PORT',
      values['edge-port'] ?? env['EDGE_PORT'] ?? '8080',
      0,
      65_535,
    ),
    replicas: wholeNumber('--replicas', values.replicas ?? '1', 1, 8),
    dataDir,
    mailOutboxDir: resolve(root, env['MAIL_OUTBOX_DIR'] ?? resolve(dataDir, 'outbox')),
    mongodbUri: nonEmpty(env['MONGODB_URI']),
    databaseEngine: engineChoice(nonEmpty(env['LOCAL_DB_ENGINE']) ?? 'auto'),
    redisUrl: nonEmpty(env['REDIS_URL']) ?? 'redis://127.0.0.1:6379',
    seedAdmin: {
      email: nonEmpty(env['SEED_ADMIN_EMAIL']) ?? DEFAULT_SEED_ADMIN_EMAIL,
      password: nonEmpty(env['SEED_ADMIN_PASSWORD']),
    },
  };
}

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function engineChoice(raw: string): DatabaseEngineChoice {
  const choice = ENGINE_CHOICES.find((c) => c === raw.toLowerCase());
  if (choice === undefined) {
    throw new Error(`LOCAL_DB_ENGINE must be one of ${ENGINE_CHOICES.join(', ')}, got "${raw}"`);
  }
  return choice;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
