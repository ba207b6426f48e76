import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import {
  adminSession,
  ApiSession,
  madeToOrderProducts,
  Shopper,
  type ShopAddress,
} from '../src/bench/shop-api.js';
import { isAlive, startStackProcess, type StackUnderTest } from '../src/bench/stack-child.js';
import { workspaceRoot } from '../src/stack/workspace-root.js';
import { freePort } from '../src/supervisor/free-port.js';
import { ADMIN, PASSWORD, shopStackEnv } from '../src/bench/shop-stack-env.js';

/*
 * THE ACCEPTANCE TEST OF ISSUE 16: every process of the stack is killed with SIGKILL right
 * after acknowledged orders, sign-ups and admin edits, at three different moments; after each
 * restart on the same data folder every acknowledged write is there. Then a second stack on
 * the same folder is refused, and a Ctrl-C leaves no process behind.
 */
const root = workspaceRoot();
const serversBuilt = existsSync(join(root, 'apps/shopping-server/dist/main.js'));

interface Acknowledged {
  signups: string[];
  orders: string[];
  comments: { orderId: string; text: string }[];
}

/** Writes of every kind, side by side, until `stopped()`; each acknowledged one is noted. */
async function writeUntilStopped(
  shop: ShopAddress,
  round: number,
  acked: Acknowledged,
  stopped: () => boolean,
  failures: unknown[],
): Promise<void> {
  const shopper = await Shopper.create(shop, `shopper-${round}@example.com`, PASSWORD);
  acked.signups.push(shopper.email);
  const admin = await adminSession(shop, ADMIN.email, ADMIN.password);
  const products = await madeToOrderProducts(shop);
  const keepGoing = async (write: (n: number) => Promise<void>) => {
    for (let n = 0; !stopped(); n += 1) {
      try {
        await write(n);
      } catch (error) {
        // Once the stack is killed the outcome of a request under way is unknown, which the
        // checks allow; before that, a failure is a failure.
        if (!stopped()) failures.push(error);
        return;
      }
    }
  };
  await Promise.all([
    keepGoing(async (n) => {
      acked.orders.push(await shopper.placeOrder(products[n % products.length] ?? ''));
    }),
    keepGoing(async (n) => {
      const email = `signup-${round}-${n}@example.com`;
      await Shopper.signUp(shop, email, PASSWORD);
      acked.signups.push(email);
    }),
    keepGoing(async (n) => {
      const orderId = acked.orders.at(-1);
      if (orderId === undefined) return void (await delay(50));
      const text = `round ${round}, note ${n}: gift wrap, please`;
      await admin.ok('POST', '/orders/addComment', { orderId, comment: text });
      acked.comments.push({ orderId, text });
    }),
  ]);
}

async function expectEveryAcknowledgedWrite(shop: ShopAddress, acked: Acknowledged) {
  const admin = await adminSession(shop, ADMIN.email, ADMIN.password);
  const missingOrders: string[] = [];
  const comments = new Map<string, string[]>();
  for (const orderId of new Set(acked.orders)) {
    const answer = await admin.send('GET', `/orders/order?orderId=${orderId}`);
    if (answer.status !== 200) missingOrders.push(orderId);
    const detail = answer.data as { comments?: { content: string }[] };
    comments.set(
      orderId,
      (detail.comments ?? []).map((c) => c.content),
    );
  }
  const missingComments = acked.comments.filter(
    ({ orderId, text }) => !(comments.get(orderId) ?? []).includes(text),
  );
  const failedLogins: string[] = [];
  for (const email of acked.signups) {
    const login = await new ApiSession(shop, 'shopping').send('POST', '/security/login', {
      email,
      password: PASSWORD,
    });
    if (login.status !== 200) failedLogins.push(`${email} (${login.status})`);
  }
  expect(missingOrders, 'acknowledged orders lost').toEqual([]);
  expect(missingComments, 'acknowledged admin comments lost').toEqual([]);
  expect(failedLogins, 'acknowledged sign-ups that cannot log in').toEqual([]);
}

describe.skipIf(!serversBuilt)(
  'the local stack keeps every write it acknowledged (issue 16)',
  () => {
    let dataDir: string;
    let edgePort: number;
    let stack: StackUnderTest | undefined;
    const shop = (): ShopAddress => ({ edgePort, outboxDir: join(dataDir, 'outbox') });
    const env = () => shopStackEnv(dataDir, edgePort);
    const start = () => startStackProcess(root, [], env(), dataDir, 150_000);

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'local-stack-durability-'));
      edgePort = await freePort();
    });

    afterAll(async () => {
      await stack?.killEverything();
      await rm(dataDir, { recursive: true, force: true });
    });

    // Kill right as the nth acknowledgement of one kind arrives, or a moment after it.
    const moments = [
      { after: 'orders', count: 3, waitMs: 0 },
      { after: 'signups', count: 4, waitMs: 0 },
      { after: 'comments', count: 3, waitMs: 150 },
    ] as const;

    it('when every process is killed with SIGKILL right after acknowledged orders, sign-ups and admin edits, then after each restart every one of them is there', async () => {
      const acked: Acknowledged = { signups: [], orders: [], comments: [] };
      for (const [round, moment] of moments.entries()) {
        stack = await start();
        expect(['embedded', 'mongod']).toContain(stack.state.database.engine);
        await expectEveryAcknowledgedWrite(shop(), acked);
        const target = acked[moment.after].length + moment.count;
        let killed = false;
        const failures: unknown[] = [];
        const writing = writeUntilStopped(shop(), round, acked, () => killed, failures).catch(
          (error: unknown) => void failures.push(error),
        );
        while (acked[moment.after].length < target) {
          if (failures.length > 0) {
            throw new Error(
              `round ${round}: a write failed before the kill: ${String(failures[0])}\n` +
                stack.output().slice(-3000),
            );
          }
          await delay(2);
        }
        if (moment.waitMs > 0) await delay(moment.waitMs);
        await stack.killEverything();
        killed = true;
        await writing;
      }
      stack = await start();
      await expectEveryAcknowledgedWrite(shop(), acked);
      // Each kill waited for its kind's acknowledgements, so every kind was really written.
      expect(acked.orders.length).toBeGreaterThanOrEqual(3);
      expect(acked.signups.length).toBeGreaterThanOrEqual(4);
      expect(acked.comments.length).toBeGreaterThanOrEqual(3);
    }, 600_000);

    it('when a second stack is started on the same data folder, then it refuses at once, naming the running one', async () => {
      const running = stack;
      if (!running) throw new Error('the stack did not start');
      const started = Date.now();
      const second = spawn(process.execPath, [join(root, 'tools/local-stack/dist/main.js')], {
        cwd: root,
        env: { ...env(), EDGE_PORT: String(await freePort()) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let said = '';
      second.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
      const [code] = (await once(second, 'exit')) as [number | null];
      expect(code).toBe(3);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(said).toContain(
        `A local stack is already running on the data folder ${dataDir} (pid ${running.child.pid}, ` +
          `edge router on port ${edgePort}`,
      );
      // The running stack did not notice.
      expect(isAlive(running.child.pid ?? 0)).toBe(true);
    }, 30_000);

    it('when its output is closed (the terminal gone) and it has something to say, then it keeps running and serving', async () => {
      const running = stack;
      if (!running) throw new Error('the stack did not start');
      // The reading end of its stdout and stderr closed: its next line meets EPIPE.
      running.child.stdout?.destroy();
      running.child.stderr?.destroy();
      const server = running.state.processes.find((p) => p.name === 'shopping-server');
      process.kill(server?.pid ?? 0, 'SIGKILL');
      // It reports the crash (to nobody) and restarts the server, which serves again.
      await vi.waitFor(
        async () => {
          const answer = await new ApiSession(shop(), 'shopping').send('GET', '/healthz');
          expect(answer.status).toBe(200);
        },
        { timeout: 60_000, interval: 500 },
      );
      expect(isAlive(running.child.pid ?? 0)).toBe(true);
    }, 90_000);

    it('when interrupted (Ctrl-C), then it stops cleanly, releases the folder and leaves no process', async () => {
      const running = stack;
      if (!running) throw new Error('the stack did not start');
      expect(await running.interrupt(60_000), running.output().slice(-3000)).toBe(0);
      await vi.waitFor(
        () => expect(running.state.processes.filter(({ pid }) => isAlive(pid))).toEqual([]),
        { timeout: 20_000 },
      );
      expect(existsSync(join(dataDir, 'local-stack.lock'))).toBe(false);
      stack = undefined;
    }, 90_000);
  },
);
