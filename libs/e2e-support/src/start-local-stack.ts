import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { killLeftovers } from './process-alive.js';
import { workspaceRoot } from './workspace-root.js';

/** The addresses the local stack writes into its state file once it is ready. */
export interface StackUrls {
  readonly website: string;
  /** `http://gic-asenhoradosaneis.localhost:<port>/shopping/` */
  readonly storefront: string;
  /** `http://gic-asenhoradosaneis.localhost:<port>/management/` */
  readonly admin: string;
  /** `http://shopping.gic-asenhoradosaneis.localhost:<port>/` */
  readonly shoppingApi: string;
  readonly managementApi: string;
}

export interface SeedAdmin {
  readonly email: string;
  readonly password: string;
}

export interface StartLocalStackOptions {
  /** The superadmin the management server creates at start; none when left out. */
  readonly seedAdmin?: SeedAdmin;
  /** Prefix of the temporary data folder, so a leftover one tells which suite made it. */
  readonly dataDirPrefix?: string;
  readonly readyTimeoutMs?: number;
  /** More settings for every process of the stack (a Stripe stand-in's key and address). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface RunningStack {
  readonly urls: StackUrls;
  readonly edgePort: number;
  /** Where the servers write every e-mail instead of sending it. */
  readonly outboxDir: string;
  /** Ctrl-C, then the proof: the pids still alive afterwards (killed now; empty when all is well). */
  stop(): Promise<number[]>;
  /** The tail of the stack's stdout and stderr, for failure messages. */
  output(): string;
  /**
   * The same output, whole, in a file (inside the data folder, so gone after `stop`): for tests
   * in other processes than the one that started the stack, such as vitest workers.
   */
  readonly outputFile: string;
}

interface StateFile {
  edgePort: number;
  urls: StackUrls;
  processes: { name: string; pid: number }[];
}

/** Every request of a suite comes from 127.0.0.1: the per-IP limits must never bite. */
const GENEROUS_LIMIT = '100000';
const OUTPUT_KEPT_CHARS = 200_000;

/**
 * Starts the whole shop the way `npm start` does (the built local stack) on a free edge port
 * with its own data folder, and resolves once it is ready. Needs every app built.
 */
export async function startLocalStack(options: StartLocalStackOptions = {}): Promise<RunningStack> {
  const root = workspaceRoot();
  const entry = join(root, 'tools/local-stack/dist/main.js');
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: build first (npx nx run local-stack:start builds all)`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), options.dataDirPrefix ?? 'local-stack-e2e-'));
  const outboxDir = join(dataDir, 'outbox');
  // A database or outbox from the caller's shell would mix this run's data with others'.
  const { MONGODB_URI: _db, MAIL_OUTBOX_DIR: _outbox, ...inherited } = process.env;
  const seed = options.seedAdmin
    ? { SEED_ADMIN_EMAIL: options.seedAdmin.email, SEED_ADMIN_PASSWORD: options.seedAdmin.password }
    : {};
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      ...inherited,
      EDGE_PORT: '0',
      DATA_DIR: dataDir,
      MAIL_OUTBOX_DIR: outboxDir,
      ...seed,
      ...options.env,
      RATE_LIMIT_PER_MINUTE: GENEROUS_LIMIT,
      AUTH_RATE_LIMIT_PER_MINUTE: GENEROUS_LIMIT,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const outputFile = join(dataDir, 'local-stack.log');
  const log = createWriteStream(outputFile);
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT_CHARS);
    log.write(chunk);
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

  const state = await waitForState(dataDir, options.readyTimeoutMs ?? 150_000, () => hasExited);
  if (!state) {
    child.kill('SIGKILL');
    log.end();
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`the local stack did not become ready; its output:\n${output.slice(-6000)}`);
  }

  const stop = async (): Promise<number[]> => {
    if (!hasExited) {
      child.kill('SIGINT');
      await Promise.race([exited, delay(30_000, undefined, { ref: false })]);
    }
    const left = killLeftovers(state.processes.map((p) => p.pid));
    await new Promise<void>((done) => log.end(done));
    await rm(dataDir, { recursive: true, force: true });
    return left;
  };

  return {
    urls: state.urls,
    edgePort: state.edgePort,
    outboxDir,
    stop,
    output: () => output,
    outputFile,
  };
}

async function waitForState(
  dataDir: string,
  timeoutMs: number,
  gone: () => boolean,
): Promise<StateFile | undefined> {
  const deadline = Date.now() + timeoutMs;
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
