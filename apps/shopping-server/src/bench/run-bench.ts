import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeRedis, createRedisClient } from '@aneis/cache';
import {
  cpuTimeMs,
  forkReporting,
  memoryOf,
  spawnNode,
  waitUntilReady,
  type BenchChild,
} from './child-process.js';
import { runLoad, type LoadResult } from './run-load.js';
import { SEEDED_PRODUCTS, seedCatalog, withDatabase } from './seed-catalog.js';

/**
 * `nx run shopping-server:bench`. Four processes, so no figure borrows another's CPU or memory:
 * this one (autocannon and the report), the shopping server started as `node dist/main.js`
 * exactly as its container does (production mode, default log level, rate limits lifted through
 * RATE_LIMIT_PER_MINUTE), CongoDB (unless MONGODB_URI names a real MongoDB), and a bare
 * node:http server answering the shop's exact bytes. Both servers get the same connections,
 * duration and warm-up. The server's RSS is read from /proc after the load.
 *
 * Each figure is the median of BENCH_ROUNDS (3) runs, each run's own figures printed too.
 *
 * BENCH_CONNECTIONS (64), BENCH_DURATION_SECONDS (10), BENCH_WARMUP_SECONDS (2),
 * BENCH_SETTLE_SECONDS (15, idle time before the second RSS reading), BENCH_NODE_FLAGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the server).
 */
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 64);
const DURATION_SECONDS = Number(process.env['BENCH_DURATION_SECONDS'] ?? 10);
const WARMUP_SECONDS = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 2);
const SETTLE_SECONDS = Number(process.env['BENCH_SETTLE_SECONDS'] ?? 15);
const ROUNDS = Math.max(1, Number(process.env['BENCH_ROUNDS'] ?? 3));
const NODE_FLAGS = (process.env['BENCH_NODE_FLAGS'] ?? '').split(/\s+/).filter(Boolean);
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const EXTERNAL_MONGODB_URI = process.env['MONGODB_URI'];

const mainScript = new URL('../main.js', import.meta.url);
const work = await mkdtemp(path.join(tmpdir(), 'shop-bench-'));
const children: BenchChild[] = [];
const prefix = `bench:${randomUUID()}:`;

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function capture(url: string, init: RequestInit): Promise<Buffer> {
  const res = await fetch(url, init);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

async function countLines(file: string): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).length;
}

async function cleanRedis(): Promise<void> {
  const cleaner = createRedisClient({ url: REDIS_URL });
  let cursor = '0';
  do {
    const [next, keys] = await cleaner.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await cleaner.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await closeRedis(cleaner);
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
  let serverUri = EXTERNAL_MONGODB_URI;
  if (serverUri === undefined) {
    const congo = await forkReporting<{ uri: string }>(
      new URL('./congo-process.js', import.meta.url),
      [],
      {
        env: baseEnv,
        logFile: path.join(work, 'congo.log'),
      },
    );
    children.push(congo.child);
    serverUri = congo.ready.uri;
  }
  const mongoUri = withDatabase(serverUri, `bench_${randomUUID().slice(0, 8)}`);
  const { productId } = await seedCatalog(mongoUri, EXTERNAL_MONGODB_URI === undefined);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverLog = path.join(work, 'shopping-server.log');
  const server = spawnNode(mainScript, {
    env: {
      ...baseEnv,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGODB_URI: mongoUri,
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      RATE_LIMIT_PER_MINUTE: '1000000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000000',
      DATA_DIR: work,
      ...(process.env['LOG_LEVEL'] ? { LOG_LEVEL: process.env['LOG_LEVEL'] } : {}),
    },
    logFile: serverLog,
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
  const searchBytes = await capture(`${base}/catalog/search`, searchInit);
  const detailsBytes = await capture(`${base}${detailsPath}`, { method: 'GET' });
  const searchFile = path.join(work, 'search.json');
  const detailsFile = path.join(work, 'details.json');
  await writeFile(searchFile, searchBytes);
  await writeFile(detailsFile, detailsBytes);
  const bare = await forkReporting<{ port: number }>(
    new URL('./bare-server.js', import.meta.url),
    [searchFile, detailsFile],
    { env: baseEnv, logFile: path.join(work, 'bare.log') },
  );
  children.push(bare.child);
  const bareBase = `http://127.0.0.1:${bare.ready.port}`;

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
    runLoad({
      url,
      method: route.method,
      ...(route.body === undefined ? {} : { body: route.body }),
      connections: CONNECTIONS,
      durationSeconds,
    });
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
  const rows: { name: string; shop: Measured; bare: Measured; shopRounds: Measured[] }[] = [];
  for (const route of routes) {
    if (WARMUP_SECONDS > 0) {
      await load(`${base}${route.path}`, route, WARMUP_SECONDS);
      await load(`${bareBase}${route.path}`, route, WARMUP_SECONDS);
    }
    // Rounds alternate shop and bare, so a neighbour's burst of load hits both alike.
    const shopRounds: Measured[] = [];
    const bareRounds: Measured[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      shopRounds.push(await measure(server.pid, `${base}${route.path}`, route));
      bareRounds.push(await measure(bare.child.pid, `${bareBase}${route.path}`, route));
    }
    rows.push({
      name: route.name,
      shop: medianOf(shopRounds),
      bare: medianOf(bareRounds),
      shopRounds,
    });
  }
  const memory = await memoryOf(server.pid);
  const bareMemory = await memoryOf(bare.child.pid);
  const logLines = (await countLines(serverLog)) - logLinesBefore;
  // V8 lets the heap grow well past the live data under load and gives it back once the
  // allocation rate drops (its memory reducer); what a replica settles at is worth knowing too.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
  const settled = await memoryOf(server.pid);

  console.log(
    `\nShopping server benchmark: autocannon, ${CONNECTIONS} connections, median of ${ROUNDS} runs of ${DURATION_SECONDS} s ` +
      `after ${WARMUP_SECONDS} s of warm-up; server, load generator, ${EXTERNAL_MONGODB_URI ? 'MongoDB (MONGODB_URI)' : 'CongoDB'} ` +
      `and the bare server each in their own process\n`,
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
    console.log(`  bare:  ${fmt(row.bare)}`);
    const cpuRatio = row.bare.cpuUsPerRequest / row.shop.cpuUsPerRequest;
    console.log(
      `  ratio: ${(ratio * 100).toFixed(1)} % of the bare ceiling (target ≥ 60 %); ` +
        `shop p99 ${row.shop.p99Ms.toFixed(1)} ms (target ≤ 25 ms); ` +
        `by CPU per request ${(cpuRatio * 100).toFixed(1)} %`,
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
  await cleanRedis();
  if (process.env['BENCH_KEEP_LOGS']) console.log(`logs kept in ${work}`);
  else await rm(work, { recursive: true, force: true });
}
