import { Agent } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { workspaceRoot } from '../stack/workspace-root.js';
import { freePort } from '../supervisor/free-port.js';
import { latencySummary, type LatencySummary } from './latency-summary.js';
import { madeToOrderProducts, Shopper, type ShopAddress } from './shop-api.js';
import { PASSWORD, shopStackEnv } from './shop-stack-env.js';
import { startStackProcess } from './stack-child.js';

// `nx run local-stack:bench-durability [--orders 300] [--concurrency 8] [--baseline-root DIR]`:
// what keeping every acknowledged write costs. The same checkout load (cart, checkout, "cash on
// delivery") runs against the local stack on the journaled embedded engine (the default) and on
// the same engine keeping nothing (LOCAL_DB_ENGINE=memory): the difference is the journal's
// fsyncs. --baseline-root runs it also against another checkout's built stack (e.g. the commit
// before the journal, whose engine wrote a snapshot every 5 s), for its own figures.
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    orders: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
    'baseline-root': { type: 'string' },
  },
});
const orders = Number(values.orders);
const concurrency = Number(values.concurrency);

interface Run {
  readonly label: string;
  readonly root: string;
  readonly engine?: string;
}

const runs: Run[] = [
  { label: 'journaled (default)', root: workspaceRoot(), engine: 'embedded' },
  { label: 'memory (keeps nothing)', root: workspaceRoot(), engine: 'memory' },
];
if (values['baseline-root'] !== undefined) {
  runs.push({ label: 'baseline checkout', root: values['baseline-root'] });
}

interface Result {
  readonly run: Run;
  readonly ordersPerSecond: number;
  readonly latency: LatencySummary;
}

async function measure(run: Run): Promise<Result> {
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
  try {
    const shop: ShopAddress = {
      edgePort: stack.state.edgePort,
      outboxDir: join(dataDir, 'outbox'),
    };
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
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      shoppers.map(async (shopper) => {
        for (let n = next++; n < orders; n = next++) {
          const t0 = performance.now();
          await shopper.placeOrder(products[n % products.length] ?? '');
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    return { run, ordersPerSecond: orders / seconds, latency: latencySummary(latencies) };
  } finally {
    await stack.interrupt(60_000);
    await rm(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `Checkout load: ${orders} orders (cart + checkout + cash on delivery), ${concurrency} shoppers at once.`,
);
const results: Result[] = [];
for (const run of runs) {
  console.log(`  running on ${run.label} (${run.root})…`);
  results.push(await measure(run));
}
console.log('');
console.log('| engine                  | orders/s | checkout p50 | p95      | p99      |');
console.log('| ----------------------- | -------- | ------------ | -------- | -------- |');
for (const { run, ordersPerSecond, latency } of results) {
  console.log(
    `| ${run.label.padEnd(23)} | ${ordersPerSecond.toFixed(1).padStart(8)} | ` +
      `${ms(latency.p50).padStart(12)} | ${ms(latency.p95).padStart(8)} | ${ms(latency.p99).padStart(8)} |`,
  );
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}
