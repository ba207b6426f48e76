import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildGuard } from '../supervisor/reaper.js';
import { runToCompletion } from '../supervisor/run-to-completion.js';
import type { Writable } from 'node:stream';

/**
 * The seed entry points the local stack runs, when built. Each is a script of the management
 * server that reads the same environment as the server, is idempotent, prints its progress and
 * exits 0 on success.
 */
export const SEED_ENTRIES = {
  superadmin: 'apps/management-server/dist/seed/seed-cli.js',
  catalogue: 'apps/management-server/dist/seed/demo-data-cli.js',
} as const;

export interface SeedContext {
  readonly root: string;
  /** A management-server environment (database, Redis, data folder). */
  readonly env: NodeJS.ProcessEnv;
  readonly seedAdmin: { readonly email: string; readonly password: string | undefined };
  readonly print: (line: string) => void;
  readonly guard?: ChildGuard;
  readonly stdout?: Writable;
  readonly stderr?: Writable;
}

export interface SeedReport {
  readonly superadmin: 'created' | 'existing' | 'pending' | 'failed';
  readonly catalogue: 'seeded' | 'pending' | 'failed';
}

/**
 * Seeds what the shop needs to be browsable: the superadmin from SEED_ADMIN_EMAIL and
 * SEED_ADMIN_PASSWORD (a random password, printed once, when none is given) and the demo
 * catalogue. A step whose script is not built yet is announced as pending, not an error.
 */
export async function seedDemoData(context: SeedContext): Promise<SeedReport> {
  return {
    superadmin: await seedSuperadmin(context),
    catalogue: await seedCatalogue(context),
  };
}

async function seedSuperadmin(context: SeedContext): Promise<SeedReport['superadmin']> {
  const script = join(context.root, SEED_ENTRIES.superadmin);
  if (!existsSync(script)) {
    context.print(`superadmin: pending (${SEED_ENTRIES.superadmin} is not built)`);
    return 'pending';
  }
  const generated = context.seedAdmin.password === undefined;
  const password = context.seedAdmin.password ?? randomBytes(12).toString('base64url');
  const result = await runToCompletion(process.execPath, [script], {
    cwd: context.root,
    env: {
      ...context.env,
      // Its outcome is read from its info lines, so they must not be filtered out.
      LOG_LEVEL: 'info',
      SEED_ADMIN_EMAIL: context.seedAdmin.email,
      SEED_ADMIN_PASSWORD: password,
    },
    label: '[seed]',
    timeoutMs: 60_000,
    ...childOptions(context),
  });
  if (result.code !== 0) {
    context.print(
      `superadmin: seeding FAILED (exit code ${result.code}); see the [seed] lines above`,
    );
    return 'failed';
  }
  if (/superadmin already exists/.test(result.output)) {
    context.print(`superadmin: ${context.seedAdmin.email} already exists`);
    return 'existing';
  }
  if (!/superadmin created/.test(result.output)) {
    context.print(
      `superadmin: ${context.seedAdmin.email} seeded (outcome not reported)` +
        (generated ? `; if it was created now, its password is ${password}` : ''),
    );
    return 'created';
  }
  context.print(
    generated
      ? `superadmin: created ${context.seedAdmin.email} with password ${password}  (shown only now; set SEED_ADMIN_PASSWORD to choose one)`
      : `superadmin: created ${context.seedAdmin.email} (password from SEED_ADMIN_PASSWORD)`,
  );
  return 'created';
}

async function seedCatalogue(context: SeedContext): Promise<SeedReport['catalogue']> {
  const script = join(context.root, SEED_ENTRIES.catalogue);
  if (!existsSync(script)) {
    context.print(`demo catalogue: pending (${SEED_ENTRIES.catalogue} is not built yet)`);
    return 'pending';
  }
  const result = await runToCompletion(process.execPath, [script], {
    cwd: context.root,
    env: context.env,
    label: '[seed]',
    timeoutMs: 120_000,
    ...childOptions(context),
  });
  if (result.code !== 0) {
    context.print(
      `demo catalogue: seeding FAILED (exit code ${result.code}); see the [seed] lines above`,
    );
    return 'failed';
  }
  context.print('demo catalogue: seeded');
  return 'seeded';
}

function childOptions(context: SeedContext): Pick<SeedContext, 'guard' | 'stdout' | 'stderr'> {
  return { guard: context.guard, stdout: context.stdout, stderr: context.stderr };
}
