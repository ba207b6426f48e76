import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** The repository root: the first folder up that holds the local stack. */
export function workspaceRoot(from = import.meta.dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'tools/local-stack/project.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no workspace root above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The addresses the local stack writes into its state file once it is ready. */
export interface StackUrls {
  readonly website: string;
  readonly storefront: string;
  /** `http://gic-asenhoradosaneis.localhost:<port>/management/` */
  readonly admin: string;
  readonly shoppingApi: string;
  readonly managementApi: string;
}

export interface SeedAdmin {
  readonly email: string;
  readonly password: string;
}

export interface RunningStack {
  readonly urls: StackUrls;
  readonly edgePort: number;
  /** Where the servers write every e-mail instead of sending it. */
  readonly outboxDir: string;
  readonly seedAdmin: SeedAdmin;
  /** Ctrl-C, then the proof: the pids still alive afterwards (empty when all is well). */
  stop(): Promise<number[]>;
  output(): string;
}

interface StateFile {
  edgePort: number;
  urls: StackUrls;
  processes: { name: string; pid: number }[];
}

const READY_TIMEOUT_MS = 150_000;
/** Every request of the suite comes from 127.0.0.1: the per-IP limits must never bite. */
const GENEROUS_LIMIT = '100000';

/**
 * Starts the whole shop the way `npm start` does (the built local stack) on a free edge port
 * with its own data folder and superadmin, and resolves once it is ready. Needs every app built.
 */
export async function startLocalStack(seedAdmin: SeedAdmin): Promise<RunningStack> {
  const root = workspaceRoot();
  const entry = join(root, 'tools/local-stack/dist/main.js');
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: build first (npx nx run local-stack:start builds all)`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'admin-e2e-'));
  const outboxDir = join(dataDir, 'outbox');
  // A database or outbox from the caller's shell would mix this run's data with others'.
  const { MONGODB_URI: _db, MAIL_OUTBOX_DIR: _outbox, ...inherited } = process.env;
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      ...inherited,
      EDGE_PORT: '0',
      DATA_DIR: dataDir,
      MAIL_OUTBOX_DIR: outboxDir,
      SEED_ADMIN_EMAIL: seedAdmin.email,
      SEED_ADMIN_PASSWORD: seedAdmin.password,
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
  let hasExited = false;
  const exited = new Promise<void>((done) =>
    child.once('exit', () => {
      hasExited = true;
      done();
    }),
  );

  const state = await waitForState(dataDir, () => hasExited);
  if (!state) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`the local stack did not become ready; its output:\n${output.slice(-6000)}`);
  }

  const stop = async (): Promise<number[]> => {
    if (!hasExited) {
      child.kill('SIGINT');
      await Promise.race([exited, delay(30_000)]);
    }
    const left = state.processes.map((p) => p.pid).filter(isAlive);
    // Never leave a stray server behind, even when the stack failed to stop itself.
    for (const pid of left) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    return left;
  };

  return {
    urls: state.urls,
    edgePort: state.edgePort,
    outboxDir,
    seedAdmin,
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
