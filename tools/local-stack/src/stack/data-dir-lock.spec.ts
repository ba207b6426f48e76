import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { identityOf } from '../supervisor/process-identity.js';
import {
  acquireDataDirLock,
  currentHolder,
  DataFolderInUseError,
  lockFileOf,
  type LockHolder,
} from './data-dir-lock.js';

/** A pid that certainly belonged to a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid ?? 0;
}

async function writeLock(dataDir: string, holder: Partial<LockHolder>): Promise<void> {
  const lock: LockHolder = {
    command: 'npm start',
    pid: deadPid(),
    startTicks: undefined,
    host: hostname(),
    since: '2026-01-01T00:00:00.000Z',
    edgePort: 8080,
    ...holder,
  };
  await writeFile(lockFileOf(dataDir), JSON.stringify(lock));
}

describe('the data folder lock', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aneis-lock-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when the folder is free, then the lock names this process, and is gone once released', async () => {
    const lock = await acquireDataDirLock(dataDir, 'npm start');
    await lock.update({ edgePort: 9090, databaseUri: 'mongodb://127.0.0.1:1/' });
    const holder = JSON.parse(await readFile(lock.file, 'utf8')) as LockHolder;
    expect(holder).toMatchObject({ command: 'npm start', pid: process.pid, edgePort: 9090 });
    expect(await currentHolder(dataDir)).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    expect(await currentHolder(dataDir)).toBeUndefined();
  });

  it('when a live process holds the folder, then taking it fails at once with a sentence naming its pid and port', async () => {
    const first = await acquireDataDirLock(dataDir, 'npm start');
    await first.update({ edgePort: 9191 });
    const refused = await acquireDataDirLock(dataDir, 'npm start').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DataFolderInUseError);
    expect((refused as Error).message).toBe(
      `A local stack is already running on the data folder ${dataDir} (pid ${process.pid}, ` +
        `edge router on port 9191, since ${(refused as DataFolderInUseError).holder.since}). ` +
        `Stop it first (Ctrl-C in its terminal, or kill ${process.pid}), or give this one a data ` +
        'folder of its own (DATA_DIR=…).',
    );
    first.release();
  });

  it('when the lock was left by a process that is gone, then it is taken over', async () => {
    await writeLock(dataDir, {});
    const lock = await acquireDataDirLock(dataDir, 'npm run backup');
    expect(await currentHolder(dataDir)).toMatchObject({
      pid: process.pid,
      command: 'npm run backup',
    });
    lock.release();
  });

  it.runIf(process.platform === 'linux')(
    'when the pid in the lock now belongs to another process (pid reused), then the lock is stale',
    async () => {
      const me = identityOf(process.pid);
      await writeLock(dataDir, { pid: process.pid, startTicks: (me.startTicks ?? 0) - 1 });
      const lock = await acquireDataDirLock(dataDir, 'npm start');
      lock.release();
    },
  );

  it('when two take over the same stale lock at once, then exactly one gets it', async () => {
    await writeLock(dataDir, {});
    const outcomes = await Promise.allSettled([
      acquireDataDirLock(dataDir, 'npm start'),
      acquireDataDirLock(dataDir, 'npm start'),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [rejected] = outcomes.filter((o) => o.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(DataFolderInUseError);
  });
});
