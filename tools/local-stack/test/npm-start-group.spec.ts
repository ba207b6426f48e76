import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { adminSession, ApiSession, madeToOrderProducts, Shopper } from '../src/bench/shop-api.js';
import { isAlive, startStackProcess } from '../src/bench/stack-child.js';
import { readStackState, type StackState } from '../src/stack/state-file.js';
import { workspaceRoot } from '../src/stack/workspace-root.js';
import { freePort } from '../src/supervisor/free-port.js';
import { ADMIN, PASSWORD, shopStackEnv } from '../src/bench/shop-stack-env.js';

/*
 * Issue 16, "no orphans": `npm start` as a person runs it, in a process group of its own (as a
 * shell's job), then that whole group killed with SIGKILL (a closed terminal tab, a CI job
 * cancelled). Nx runs the orchestrator in a session of its own, so no signal reaches it: it must
 * notice that its launcher is gone, stop its servers and save, leaving no process and losing
 * nothing.
 */
const root = workspaceRoot();
const serversBuilt = existsSync(join(root, 'apps/shopping-server/dist/main.js'));
const canSeeProcesses = process.platform === 'linux' && existsSync('/proc/self/environ');

/** Every process whose environment names this data folder: the whole stack, whatever spawned it. */
function processesOf(dataDir: string): number[] {
  const marker = `DATA_DIR=${dataDir}`;
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function waitForState(dataDir: string, npm: ChildProcess, output: () => string) {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const state: StackState | undefined = await readStackState(dataDir);
    if (state) return state;
    if (npm.exitCode !== null || Date.now() > deadline) {
      throw new Error(`npm start did not get ready; its output:\n${output().slice(-6000)}`);
    }
    await delay(500);
  }
}

describe.skipIf(!serversBuilt || !canSeeProcesses)('npm start, its process group killed', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'local-stack-npm-start-'));
  });

  afterAll(async () => {
    for (const pid of processesOf(dataDir)) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when the whole npm start process group is killed with SIGKILL, then the stack stops its servers, saves, leaves no process, and nothing acknowledged is lost', async () => {
    const edgePort = await freePort();
    const env = { ...shopStackEnv(dataDir, edgePort), NX_DAEMON: 'false', NX_TUI: 'false' };
    // detached: its own process group, as a shell gives each job. The suite's own dependsOn has
    // built every app; without the Nx daemon a nested `nx run` would restore each app's dist from
    // the cache anyway, deleting files that the browser suites running beside this one serve.
    const npm = spawn('npm', ['start', '--', '--exclude-task-dependencies'], {
      cwd: root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const state = await waitForState(dataDir, npm, () => output);

    const shop = { edgePort, outboxDir: join(dataDir, 'outbox') };
    const shopper = await Shopper.create(shop, 'last-minute@example.com', PASSWORD);
    const [product = ''] = await madeToOrderProducts(shop);
    const orderId = await shopper.placeOrder(product);

    process.kill(-(npm.pid ?? 0), 'SIGKILL');
    await vi.waitFor(() => expect(processesOf(dataDir)).toEqual([]), {
      timeout: 60_000,
      interval: 250,
    });
    expect(state.processes.filter(({ pid }) => isAlive(pid))).toEqual([]);
    // It stopped in order (lock given back), not killed half-way.
    expect(existsSync(join(dataDir, 'local-stack.lock'))).toBe(false);

    const again = await startStackProcess(
      root,
      [],
      shopStackEnv(dataDir, edgePort),
      dataDir,
      150_000,
    );
    try {
      const admin = await adminSession(shop, ADMIN.email, ADMIN.password);
      expect((await admin.send('GET', `/orders/order?orderId=${orderId}`)).status).toBe(200);
      const login = await new ApiSession(shop, 'shopping').send('POST', '/security/login', {
        email: shopper.email,
        password: PASSWORD,
      });
      expect(login.status).toBe(200);
    } finally {
      expect(await again.interrupt(60_000)).toBe(0);
    }
  }, 600_000);
});
