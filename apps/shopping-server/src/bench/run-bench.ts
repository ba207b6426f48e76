import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SERVER_NODE_CLI_FLAGS, SERVER_NODE_OPTIONS } from '@aneis/config';
import { freeLoopbackPort } from '@aneis/testing';
import {
  cpuTimeMs,
  forkReporting,
  memoryOf,
  waitUntilReady,
  type BenchChild,
} from './child-process.js';
import { benchDatabase, spawnBenchServer } from './bench-server.js';
import { cleanRedisPrefix } from './clean-redis-prefix.js';
import { recordResponse, saveRecorded } from './recorded-response.js';
import { loadFromOwnProcess } from './own-process-load.js';
import type { LoadResult } from './run-load.js';
import { SEEDED_PRODUCTS, seedCatalog } from './seed-catalog.js';

/**
 * `nx run shopping-server:bench`. Separate processes, so no figure borrows another's CPU or
 * memory: this one (the report), autocannon (a fresh process for each run), the shopping
 * server started as `node dist/main.js` exactly as its container does (production mode, the
 * cluster's NODE_OPTIONS, default log level, rate limits raised through RATE_LIMIT_PER_MINUTE
 * but still counted in Redis), CongoDB (unless MONGODB_URI names a real MongoDB), and two bare
 * node:http servers: the ceiling, replaying the shop's exact response bytes (its headers and
 * body), and for reference one sending the same body with only Content-Type and
 * Content-Length. Every server gets the same connections, duration and warm-up. The server's
 * RSS is read from /proc after the load.
 *
 * Each figure is the median of BENCH_ROUNDS (3) runs, each run's own figures printed too.
 *
 * BENCH_CONNECTIONS (64), BENCH_DURATION_SECONDS (10), BENCH_WARMUP_SECONDS (2),
 * BENCH_SETTLE_SECONDS (15, idle time before the second RSS reading), BENCH_NODE_FLAGS (added
 * after the cluster's SERVER_NODE_OPTIONS, so a later flag wins: e.g. `--max-semi-space-size=16`
 * to see Node's defaults, `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the server).
 */
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 64);
const DURATION_SECONDS = Number(process.env['BENCH_DURATION_SECONDS'] ?? 10);
const WARMUP_SECONDS = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 2);
const SETTLE_SECONDS = Number(process.env['BENCH_SETTLE_SECONDS'] ?? 15);
const ROUNDS = Math.max(1, Number(process.env['BENCH_ROUNDS'] ?? 3));
// The image's command-line flags and the cluster's NODE_OPTIONS first; BENCH_NODE_FLAGS adds to
// or overrides them.
const NODE_FLAGS = [
  ...SERVER_NODE_CLI_FLAGS['shopping-server'],
  ...`${SERVER_NODE_OPTIONS} ${process.env['BENCH_NODE_FLAGS'] ?? ''}`.split(/\s+/),
].filter(Boolean);
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const EXTERNAL_MONGODB_URI = process.env['MONGODB_URI'];

const work = await mkdtemp(path.join(tmpdir(), 'shop-bench-'));
const children: BenchChild[] = [];
const prefix = `bench:${randomUUID()}:`;

async function countLines(file: string): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).length;
}

interface Measured extends LoadResult {
  /** CPU time the server process spent per answered request. */
  cpuUsPerRequest: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Each figure's median over the rounds (not one round's figures). */
function medianOf(rounds: readonly Measured[]): Measured {
  const of = (pick: (r: Measured) => number) => median(rounds.map(pick));
  return {
    requestsPerSecond: of((r) => r.requestsPerSecond),
    p50Ms: of((r) => r.p50Ms),
    p99Ms: of((r) => r.p99Ms),
    cpuUsPerRequest: of((r) => r.cpuUsPerRequest),
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
  };
}

const fmt = (r: Measured) =>
  `${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50Ms.toFixed(1).padStart(5)} ms` +
  `  p99 ${r.p99Ms.toFixed(1).padStart(5)} ms  ${r.cpuUsPerRequest.toFixed(0).padStart(5)} µs CPU/req` +
  `  failures ${r.failures}`;

try {
  const baseEnv = { PATH: process.env['PATH'] ?? '' };
  const database = await benchDatabase(work, children, 'bench');
  const { productId } = await seedCatalog(database.uri, database.embedded);

  const port = await freeLoopbackPort();
  const base = `http://127.0.0.1:${port}`;
  const serverLog = path.join(work, 'shopping-server.log');
  const server = spawnBenchServer({
    port,
    mongoUri: database.uri,
    redisUrl: REDIS_URL,
    prefix,
    work,
    env: {
      RATE_LIMIT_PER_MINUTE: '1000000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000000',
      ...(process.env['LOG_LEVEL'] ? { LOG_LEVEL: process.env['LOG_LEVEL'] } : {}),
    },
    nodeFlags: NODE_FLAGS,
  });
  children.push(server);
  await waitUntilReady(`${base}/readyz`);

  const searchBody = JSON.stringify({ pagingOptions: { page: 1, limit: SEEDED_PRODUCTS } });
  const detailsPath = `/catalog/getProductDetails?productId=${productId}`;
  // The first calls fill the cache; the bare server gets exactly the bytes the shop sends.
  const searchInit = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: searchBody,
  };
  const search = await recordResponse(`${base}/catalog/search`, searchInit);
  const details = await recordResponse(`${base}${detailsPath}`, { method: 'GET' });
  const searchBytes = search.body;
  const detailsBytes = details.body;
  const startBare = async (variant: 'whole' | 'bodyOnly') => {
    const bareServer = await forkReporting<{ port: number }>(
      new URL('./bare-server.js', import.meta.url),
      [
        await saveRecorded(path.join(work, `search-${variant}.json`), search[variant]),
        await saveRecorded(path.join(work, `details-${variant}.json`), details[variant]),
      ],
      { env: baseEnv, logFile: path.join(work, `bare-${variant}.log`) },
    );
    children.push(bareServer.child);
    return { pid: bareServer.child.pid, base: `http://127.0.0.1:${bareServer.ready.port}` };
  };
  const bare = await startBare('whole');
  const bareBodyOnly = await startBare('bodyOnly');

  const routes = [
    {
      name: `POST /catalog/search (${SEEDED_PRODUCTS} products, warm cache, ${searchBytes.length} B)`,
      path: '/catalog/search',
      method: 'POST' as const,
      body: searchBody,
    },
    {
      name: `GET /catalog/getProductDetails (${detailsBytes.length} B)`,
      path: detailsPath,
      method: 'GET' as const,
    },
  ];
  const load = (url: string, route: (typeof routes)[number], durationSeconds: number) =>
    loadFromOwnProcess(
      {
        url,
        method: route.method,
        ...(route.body === undefined ? {} : { body: route.body }),
        connections: CONNECTIONS,
        durationSeconds,
      },
      path.join(work, 'load.log'),
    );
  const measure = async (
    pid: number,
    url: string,
    route: (typeof routes)[number],
  ): Promise<Measured> => {
    const cpuBefore = await cpuTimeMs(pid);
    const result = await load(url, route, DURATION_SECONDS);
    const cpuMs = (await cpuTimeMs(pid)) - cpuBefore;
    const answered = result.requestsPerSecond * DURATION_SECONDS;
    return { ...result, cpuUsPerRequest: answered > 0 ? (cpuMs * 1000) / answered : 0 };
  };

  const logLinesBefore = await countLines(serverLog);
  const rows: {
    name: string;
    shop: Measured;
    bare: Measured;
    bareBodyOnly: Measured;
    shopRounds: Measured[];
  }[] = [];
  const targets = [
    { pid: server.pid, base },
    { pid: bare.pid, base: bare.base },
    { pid: bareBodyOnly.pid, base: bareBodyOnly.base },
  ] as const;
  for (const route of routes) {
    if (WARMUP_SECONDS > 0) {
      for (const target of targets)
        await load(`${target.base}${route.path}`, route, WARMUP_SECONDS);
    }
    // Rounds alternate the servers, so a neighbour's burst of load hits them alike.
    const rounds: [Measured[], Measured[], Measured[]] = [[], [], []];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, target] of targets.entries()) {
        rounds[index]?.push(await measure(target.pid, `${target.base}${route.path}`, route));
      }
    }
    rows.push({
      name: route.name,
      shop: medianOf(rounds[0]),
      bare: medianOf(rounds[1]),
      bareBodyOnly: medianOf(rounds[2]),
      shopRounds: rounds[0],
    });
  }
  const memory = await memoryOf(server.pid);
  const bareMemory = await memoryOf(bare.pid);
  const logLines = (await countLines(serverLog)) - logLinesBefore;
  // V8 lets the heap grow well past the live data under load and gives it back once the
  // allocation rate drops (its memory reducer); what a replica settles at is worth knowing too.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
  const settled = await memoryOf(server.pid);

  console.log(
    `\nShopping server benchmark: autocannon, ${CONNECTIONS} connections, median of ${ROUNDS} runs of ${DURATION_SECONDS} s ` +
      `after ${WARMUP_SECONDS} s of warm-up; server, load generator, ${EXTERNAL_MONGODB_URI ? 'MongoDB (MONGODB_URI)' : 'CongoDB'} ` +
      `and the bare servers each in their own process; server flags ${NODE_FLAGS.join(' ')}\n`,
  );
  for (const row of rows) {
    const ratio = row.shop.requestsPerSecond / row.bare.requestsPerSecond;
    console.log(row.name);
    if (row.shopRounds.length > 1) {
      for (const [index, round] of row.shopRounds.entries()) {
        console.log(`  shop round ${index + 1}: ${fmt(round)}`);
      }
    }
    console.log(`  shop:  ${fmt(row.shop)}`);
    console.log(`  bare:  ${fmt(row.bare)}   (same headers and body)`);
    console.log(`  body:  ${fmt(row.bareBodyOnly)}   (same body, 2 headers; reference)`);
    const cpuRatio = row.bare.cpuUsPerRequest / row.shop.cpuUsPerRequest;
    const bodyOnlyRatio = row.shop.requestsPerSecond / row.bareBodyOnly.requestsPerSecond;
    console.log(
      `  ratio: ${(ratio * 100).toFixed(1)} % of the bare ceiling (target ≥ 60 %); ` +
        `shop p99 ${row.shop.p99Ms.toFixed(1)} ms (target ≤ 25 ms); ` +
        `by CPU per request ${(cpuRatio * 100).toFixed(1)} %; ` +
        `${(bodyOnlyRatio * 100).toFixed(1)} % of the body-only server`,
    );
  }
  console.log(
    `\nShopping server RSS after the load: ${memory.rssMiB.toFixed(1)} MiB ` +
      `(peak ${memory.peakRssMiB.toFixed(1)} MiB; target ≤ 120 MiB); ` +
      `${settled.rssMiB.toFixed(1)} MiB after ${SETTLE_SECONDS} s idle; bare server ${bareMemory.rssMiB.toFixed(1)} MiB`,
  );
  console.log(`Server log lines written during the load: ${logLines}\n`);
} finally {
  for (const child of children.reverse()) await child.stop();
  await cleanRedisPrefix(REDIS_URL, prefix);
  if (process.env['BENCH_KEEP_LOGS']) console.log(`logs kept in ${work}`);
  else await rm(work, { recursive: true, force: true });
}
