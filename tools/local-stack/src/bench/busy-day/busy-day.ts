import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../../supervisor/free-port.js';
import { workspaceRoot } from '../../stack/workspace-root.js';
import { isAlive, startStackProcess } from '../stack-child.js';
import { planCatalogue } from './catalogue-plan.js';
import { sampleUsage } from './process-usage.js';
import { OutboxWatcher } from './outbox-watcher.js';
import { reportLines, serverErrorsIn } from './print-report.js';
import { RouteStats } from './route-stats.js';
import { runShopper, type Shopper } from './shopper.js';
import { ShopperClient } from './shopper-client.js';

// `nx run local-stack:busy-day [--shoppers 500] [--duration-s 60] [--replicas 2] …`: a crowd of
// shoppers against the real local stack (edge router, N instances of each server, real Redis,
// the embedded database), started on a free port with a data folder of its own. It prints
// figures and never fails on them (issue 15: errors other than sold-out or 429, target 0).
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    shoppers: { type: 'string', default: '500' },
    'duration-s': { type: 'string', default: '60' },
    replicas: { type: 'string', default: '2' },
    'buyer-share': { type: 'string', default: '0.4' },
    'think-ms': { type: 'string', default: '2000-6000' },
    'ramp-s': { type: 'string', default: '10' },
    // Longer than the edge's own 30 s, so a stalled instance shows as the edge's 504.
    'timeout-ms': { type: 'string', default: '35000' },
  },
});
const shoppers = Number(values.shoppers);
const durationMs = Number(values['duration-s']) * 1000;
const [thinkMin = 2000, thinkMax = 6000] = values['think-ms'].split('-').map(Number);
const rampMs = Math.min(Number(values['ramp-s']) * 1000, durationMs);
// Shoppers connect from 127.1.0.1 upwards, one loopback address each (250 per /24).
if (!(shoppers >= 1 && shoppers <= 250 * 250)) throw new Error('--shoppers must be 1 to 62500');

const root = workspaceRoot();
const dataDir = await mkdtemp(join(tmpdir(), 'busy-day-'));
const { MONGODB_URI: _external, ...env } = process.env;
console.log(
  `busy day: ${shoppers} shoppers for ${durationMs / 1000} s against --replicas ${values.replicas} ` +
    `(data in ${dataDir}); starting the stack…`,
);
const stack = await startStackProcess(
  root,
  ['--replicas', values.replicas],
  { ...env, EDGE_PORT: String(await freePort()), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  dataDir,
  180_000,
).catch(async (error: unknown) => {
  await rm(dataDir, { recursive: true, force: true });
  throw error;
});

try {
  const stats = new RouteStats();
  const apiHost = new URL(stack.state.urls.shoppingApi).host;
  const origin = new URL(stack.state.urls.storefront).origin;
  const clientFor = (index: number, recordTo: RouteStats) =>
    new ShopperClient({
      edgePort: stack.state.edgePort,
      host: apiHost,
      origin,
      localAddress: `127.1.${Math.floor(index / 250)}.${(index % 250) + 1}`,
      timeoutMs: Number(values['timeout-ms']),
      stats: recordTo,
    });

  const scout = clientFor(shoppers, new RouteStats());
  const plan = await planCatalogue(scout);
  scout.close();
  console.log(
    `catalogue: ${plan.products.length} products; half the buyers want "${plan.popular.name}" ` +
      `(stock ${plan.popular.stock}), the rest order from ${plan.evergreen.length} made-to-order rings`,
  );

  const outbox = new OutboxWatcher(join(dataDir, 'outbox'), 'confirm_account_customer');
  // Buyers spread evenly through the crowd (golden-ratio steps), the same ones on every run.
  const crowd: Shopper[] = Array.from({ length: shoppers }, (_, index) => ({
    index,
    client: clientFor(index, stats),
    buyer: (index * 0.618_033_988_75) % 1 < Number(values['buyer-share']),
    arrivesAfterMs: (index / shoppers) * rampMs,
  }));
  const usage = sampleUsage(
    [...stack.state.processes, { name: 'busy-day (the crowd)', pid: process.pid }],
    2_000,
  );
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  let soldOutAfterS: number | undefined;
  const watchSoldOut = setInterval(() => {
    const soldOut =
      stats.count('POST /orders/createCheckout', 'sold-out') +
      stats.count('POST /orders/completeCheckoutManually', 'sold-out');
    if (soldOut > 0 && soldOutAfterS === undefined) {
      soldOutAfterS = (performance.now() - started) / 1000;
    }
  }, 250);

  console.log(`${crowd.filter((s) => s.buyer).length} of them buy; the day starts now.`);
  const settings = {
    plan,
    outbox,
    deadline: started + durationMs,
    thinkMs: [thinkMin, thinkMax] as const,
  };
  await Promise.all(crowd.map((shopper) => runShopper(shopper, settings)));
  const seconds = (performance.now() - started) / 1000;
  const daySeconds = durationMs / 1000;
  clearInterval(watchSoldOut);
  outbox.stop();
  for (const shopper of crowd) shopper.client.close();

  for (const line of reportLines({
    seconds,
    daySeconds,
    routes: stats.figures(),
    errors: stats.errorKinds(),
    waitedOut: stats.waitedOutKinds(),
    orders: stats.count('POST /orders/completeCheckoutManually', 'ok'),
    popular: {
      name: plan.popular.name,
      stock: plan.popular.stock ?? 0,
      ...(soldOutAfterS === undefined ? {} : { soldOutAfterS }),
    },
    processes: usage.stop(),
    serverErrors: serverErrorsIn(stack.output()),
    loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
  })) {
    console.log(line);
  }
} finally {
  const code = await stack.interrupt(30_000);
  if (code === null) {
    // It did not stop in time: leave nothing running behind us.
    for (const { pid } of stack.state.processes) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    stack.child.kill('SIGKILL');
  }
  await rm(dataDir, { recursive: true, force: true });
  console.log('', code === 0 ? 'stack stopped cleanly.' : `stack stop exited with ${code}.`);
}
