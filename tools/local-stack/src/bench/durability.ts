import { Agent } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { workspaceRoot } from '../stack/workspace-root.js';
import { freePort } from '../supervisor/free-port.js';
import { latencySummary } from './latency-summary.js';
import { madeToOrderProducts, Shopper, type ShopAddress } from './shop-api.js';
import { PASSWORD, shopStackEnv } from './shop-stack-env.js';
import { startStackProcess, type StackUnderTest } from './stack-child.js';

// `nx run local-stack:bench-durability [--orders 300] [--concurrency 8] [--rounds 5]
// [--baseline-root DIR]`: what keeping every acknowledged write costs. The same checkout load
// (cart, checkout, "cash on delivery") runs against the local stack on the journaled embedded
// engine (the default) and on the same engine keeping nothing (LOCAL_DB_ENGINE=memory): the
// difference is the journal's fsyncs. --baseline-root adds another checkout's built stack (e.g.
// the commit before the journal, whose engine wrote a snapshot every 5 s). All stacks run at
// once and the orders are placed in rounds taking turns, so a machine whose load drifts (a
// shared one) weighs on every engine alike.
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    orders: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '5' },
    'baseline-root': { type: 'string' },
  },
});
const orders = Number(values.orders);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);

interface Run {
  readonly label: string;
  readonly root: string;
  readonly engine?: string;
}

interface Measured {
  readonly run: Run;
  readonly stack: StackUnderTest;
  readonly dataDir: string;
  readonly shoppers: readonly Shopper[];
  readonly products: readonly string[];
  readonly agent: Agent;
  readonly latencies: number[];
  seconds: number;
}

const runs: Run[] = [
  { label: 'journaled (default)', root: workspaceRoot(), engine: 'embedded' },
  { label: 'memory (keeps nothing)', root: workspaceRoot(), engine: 'memory' },
];
if (values['baseline-root'] !== undefined) {
  runs.push({ label: 'baseline checkout', root: values['baseline-root'] });
}

async function prepare(run: Run): Promise<Measured> {
  const dataDir = await mkdtemp(join(tmpdir(), 'local-stack-durability-'));
  const edgePort = await freePort();
  const stack = await startStackProcess(
    run.root,
    [],
    {
      // In-process sessions and limits: the shared Redis would add its own noise.
      ...shopStackEnv(dataDir, edgePort),
      ...(run.engine === undefined ? {} : { LOCAL_DB_ENGINE: run.engine }),
    },
    dataDir,
    180_000,
  );
  const shop: ShopAddress = { edgePort: stack.state.edgePort, outboxDir: join(dataDir, 'outbox') };
  const products = await madeToOrderProducts(shop);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency * 2 });
  const shoppers = await Promise.all(
    Array.from({ length: concurrency }, (_, i) =>
      Shopper.create(shop, `bench-${i}@example.com`, PASSWORD, agent),
    ),
  );
  // Warm-up: every code path once, caches filled.
  await Promise.all(
    shoppers.map((shopper, i) => shopper.placeOrder(products[i % products.length] ?? '')),
  );
  return { run, stack, dataDir, shoppers, products, agent, latencies: [], seconds: 0 };
}

/** `count` orders by all shoppers at once; adds their latencies and the time taken. */
async function placeOrders(measured: Measured, count: number): Promise<void> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    measured.shoppers.map(async (shopper) => {
      for (let n = next++; n < count; n = next++) {
        const t0 = performance.now();
        await shopper.placeOrder(measured.products[n % measured.products.length] ?? '');
        measured.latencies.push(performance.now() - t0);
      }
    }),
  );
  measured.seconds += (performance.now() - started) / 1000;
}

console.log(
  `Checkout load: ${orders} orders per engine (cart + checkout + cash on delivery), ` +
    `${concurrency} shoppers at once, in ${rounds} rounds taking turns.`,
);
const measured: Measured[] = [];
try {
  for (const run of runs) {
    console.log(`  starting the stack on ${run.label} (${run.root})…`);
    measured.push(await prepare(run));
  }
  for (let round = 0; round < rounds; round += 1) {
    // Each round starts with another engine, so none always runs first or last.
    const order = measured.map((_, i) => measured[(i + round) % measured.length]);
    for (const one of order) if (one) await placeOrders(one, Math.round(orders / rounds));
  }
} finally {
  for (const one of measured) {
    one.agent.destroy();
    await one.stack.interrupt(60_000);
    await rm(one.dataDir, { recursive: true, force: true });
  }
}

console.log('');
console.log('| engine                  | orders/s | checkout p50 | p95      | p99      |');
console.log('| ----------------------- | -------- | ------------ | -------- | -------- |');
for (const { run, latencies, seconds } of measured) {
  const latency = latencySummary(latencies);
  console.log(
    `| ${run.label.padEnd(23)} | ${(latencies.length / seconds).toFixed(1).padStart(8)} | ` +
      `${ms(latency.p50).padStart(12)} | ${ms(latency.p95).padStart(8)} | ${ms(latency.p99).padStart(8)} |`,
  );
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}
