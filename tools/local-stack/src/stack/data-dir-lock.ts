import { rmSync } from 'node:fs';
import { link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { identityOf, isRunning } from '../supervisor/process-identity.js';

/** Who holds a data folder: written into its lock file, read by whoever is refused. */
export interface LockHolder {
  /** `npm start`, `npm run backup`, `npm run restore`. */
  readonly command: string;
  readonly pid: number;
  readonly startTicks: number | undefined;
  readonly host: string;
  readonly since: string;
  /** The edge router's port once bound. */
  readonly edgePort?: number;
  /** Where the stack's database answers, for `npm run backup` while it runs. */
  readonly databaseUri?: string;
}

export class DataFolderInUseError extends Error {
  override readonly name = 'DataFolderInUseError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(describeHolder(dataDir, holder));
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Adds what became known after the start (the edge port, the database address). */
  update(fields: Pick<LockHolder, 'edgePort' | 'databaseUri'>): Promise<void>;
  /** Gives the folder back; synchronous so it can run on the way out of a crashing process. */
  release(): void;
}

export function lockFileOf(dataDir: string): string {
  return join(dataDir, 'local-stack.lock');
}

/**
 * One stack (or backup, or restore) per data folder: two on one folder would each keep their
 * own copy of the database and the last to save would erase the other's orders. The lock is a
 * file created whole in one step (a hard link, which fails if the name exists); a lock whose
 * process is gone (killed, machine rebooted) is taken over.
 */
export async function acquireDataDirLock(dataDir: string, command: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = lockFileOf(dataDir);
  const me: LockHolder = {
    command,
    ...identityOf(process.pid),
    host: hostname(),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; ; attempt += 1) {
    if (await createWhole(file, me)) break;
    const holder = await readHolder(file);
    if (holder === undefined && attempt < 20) {
      // Being replaced by another taker this very moment: look again shortly.
      await delay(50);
      continue;
    }
    if (holder !== undefined && isAlive(holder)) throw new DataFolderInUseError(dataDir, holder);
    await takeOverStale(file, holder);
  }
  let current = me;
  return {
    file,
    update: async (fields) => {
      current = { ...current, ...fields };
      const side = `${file}.${process.pid}.update`;
      await writeFile(side, `${JSON.stringify(current, null, 2)}\n`);
      await rename(side, file);
    },
    release: () => {
      rmSync(file, { force: true });
    },
  };
}

/** The live holder of the folder's lock, if any (a stale lock counts as none). */
export async function currentHolder(dataDir: string): Promise<LockHolder | undefined> {
  const holder = await readHolder(lockFileOf(dataDir));
  return holder !== undefined && isAlive(holder) ? holder : undefined;
}

export function describeHolder(dataDir: string, holder: LockHolder): string {
  const what = holder.command === 'npm start' ? 'A local stack' : `\`${holder.command}\``;
  const port = holder.edgePort === undefined ? '' : `, edge router on port ${holder.edgePort}`;
  return (
    `${what} is already running on the data folder ${dataDir} (pid ${holder.pid}${port}, ` +
    `since ${holder.since}). Stop it first (Ctrl-C in its terminal, or kill ${holder.pid}), ` +
    'or give this one a data folder of its own (DATA_DIR=…).'
  );
}

function isAlive(holder: LockHolder): boolean {
  // A lock written on another machine (a shared folder) cannot be checked from here.
  if (holder.host !== hostname()) return true;
  return isRunning({ pid: holder.pid, startTicks: holder.startTicks });
}

async function createWhole(file: string, holder: LockHolder): Promise<boolean> {
  const content = `${JSON.stringify(holder, null, 2)}\n`;
  const side = `${file}.${process.pid}.new`;
  await writeFile(side, content);
  try {
    await link(side, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(code ?? '')) throw error;
    // No hard links on this file system: an exclusive create, written right after.
    return writeFile(file, content, { flag: 'wx' }).then(
      () => true,
      (failure: NodeJS.ErrnoException) => {
        if (failure.code === 'EEXIST') return false;
        throw failure;
      },
    );
  } finally {
    await rm(side, { force: true });
  }
}

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/**
 * Removes a stale lock, guarded by a second lock so that two takers cannot both remove it
 * (the second would remove the first one's fresh lock). A guard left by a taker that died in
 * those few milliseconds is old after 10 s and removed.
 */
async function takeOverStale(file: string, stale: LockHolder | undefined): Promise<void> {
  const guard = `${file}.takeover`;
  const guardAge = await stat(guard).then(
    (s) => Date.now() - s.mtimeMs,
    () => undefined,
  );
  if (guardAge !== undefined && guardAge > 10_000) await rm(guard, { force: true });
  try {
    await writeFile(guard, String(process.pid), { flag: 'wx' });
  } catch {
    await delay(50);
    return;
  }
  try {
    const still = await readHolder(file);
    if (JSON.stringify(still) === JSON.stringify(stale)) await rm(file, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}
