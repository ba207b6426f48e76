import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** The repository root: the first folder up that holds the local stack (sources or compiled copy). */
export function workspaceRoot(from = import.meta.dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'tools/local-stack/project.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no workspace root above ${from}`);
    dir = parent;
  }
  return dir;
}

/** What a test needs to know about the running shop; plain data so vitest can hand it over. */
export interface ShopAddresses {
  /** `http://gic-asenhoradosaneis.localhost:<port>/shopping/` */
  readonly storefront: string;
  /** `http://shopping.gic-asenhoradosaneis.localhost:<port>/` */
  readonly shoppingApi: string;
  readonly edgePort: number;
  /** Where the servers write every email instead of sending it. */
  readonly outboxDir: string;
}

export interface RunningShop extends ShopAddresses {
  /** Ctrl-C, then the proof: the pids of anything still alive (empty when all is well). */
  stop(): Promise<number[]>;
  output(): string;
}

interface StateFile {
  edgePort: number;
  urls: { storefront: string; shoppingApi: string };
  processes: { name: string; pid: number }[];
}

const READY_TIMEOUT_MS = 120_000;
/** High enough that one suite never meets the per-IP limits (every request comes from 127.0.0.1). */
const GENEROUS_LIMIT = '100000';

/**
 * Starts the whole shop as `npm start` does (the built local stack), on a free edge port with
 * its own data folder, and resolves once it is ready. Needs every app built.
 */
export async function startShop(): Promise<RunningShop> {
  const root = workspaceRoot();
  const entry = join(root, 'tools/local-stack/dist/main.js');
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: build first (npx nx run local-stack:start builds all)`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'shop-e2e-'));
  const outboxDir = join(dataDir, 'outbox');
  // A shared database from the caller's shell would mix this run's data with others'.
  const { MONGODB_URI: _shared, MAIL_OUTBOX_DIR: _outbox, ...inherited } = process.env;
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      ...inherited,
      EDGE_PORT: '0',
      DATA_DIR: dataDir,
      MAIL_OUTBOX_DIR: outboxDir,
      RATE_LIMIT_PER_MINUTE: GENEROUS_LIMIT,
      AUTH_RATE_LIMIT_PER_MINUTE: GENEROUS_LIMIT,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const state = await waitForState(dataDir, () => hasExited);
  if (!state) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`the local stack did not become ready; its output:\n${output.slice(-6000)}`);
  }

  const stop = async (): Promise<number[]> => {
    if (!hasExited) {
      child.kill('SIGINT');
      await Promise.race([exited, delay(30_000, undefined, { ref: false })]);
    }
    const left = state.processes.map((p) => p.pid).filter(isAlive);
    // Never leave a stray server behind, even when the stack failed to stop itself.
    for (const pid of left) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    return left;
  };

  return {
    storefront: state.urls.storefront,
    shoppingApi: state.urls.shoppingApi,
    edgePort: state.edgePort,
    outboxDir,
    stop,
    output: () => output,
  };
}

async function waitForState(dataDir: string, gone: () => boolean): Promise<StateFile | undefined> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && !gone()) {
    try {
      return JSON.parse(
        await readFile(join(dataDir, 'local-stack.state.json'), 'utf8'),
      ) as StateFile;
    } catch {
      await delay(250);
    }
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
