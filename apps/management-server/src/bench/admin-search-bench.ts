import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@aneis/auth';
import { SERVER_NODE_CLI_FLAGS, SERVER_NODE_OPTIONS } from '@aneis/config';
import { adminModel, createMongoConnection, registerModels, startEmbeddedMongo } from '@aneis/data';
import { Redis } from 'ioredis';
import { Types } from 'mongoose';
import { seedReferenceData } from '../seed/seed-reference-data.js';
import { processMemoryMiB } from './process-memory.js';

/**
 * `nx run management-server:bench`: starts the built server as its own process against an
 * embedded MongoDB with a few hundred products, loads it with admin searches through
 * autocannon, then reports throughput and the server's resident memory (target ≤ 120 MiB).
 * Figures from the embedded engine say nothing about MongoDB speed; memory is the point.
 */
const PRODUCTS = Number(process.env['BENCH_PRODUCTS'] ?? 500);
const DURATION_S = Number(process.env['BENCH_SECONDS'] ?? 15);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const RSS_TARGET_MIB = 120;
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function seed(uri: string): Promise<{ email: string; password: string }> {
  const mongo = createMongoConnection({ uri, embedded: true });
  await mongo.connect();
  const shop = registerModels(mongo.connection);
  await seedReferenceData(shop);
  const category = await shop.Category.findOne().lean();
  const tariff = await shop.Tariff.findOne().lean();
  const now = new Date();
  const auditor = { email: 'bench@example.com', name: 'Bench' };
  await shop.Product.insertMany(
    Array.from({ length: PRODUCTS }, (_, i) => ({
      _id: new Types.ObjectId(),
      store: 'A SENHORA DOS ANÉIS',
      brand: i % 2 === 0 ? 'Senhora' : 'Porto',
      name: `Anel ${i} ${i % 3 === 0 ? 'ouro' : 'prata'}`,
      store_sku: `SKU-${i}`,
      category: category?._id,
      tariff: tariff?._id,
      thumbnailUrls: [],
      featuredImageUrls: [],
      detailedImageUrls: [],
      price: { cents: 5_000 + i, currency: 'EUR' },
      weight: { quantity: 3, unit: 'G' },
      details_html: '<p>Anel</p>',
      active: i % 5 !== 0,
      deleted: false,
      stock: i % 20,
      lowStockThreshold: 3,
      auditLog: { createdBy: auditor, updatedBy: auditor, createdOn: now, updatedOn: now },
    })),
  );
  const password = `bench-${randomUUID()}1`;
  await adminModel(mongo.connection).create({
    email: 'bench@example.com',
    name: 'Bench',
    password: await hashPassword(password, 10),
    approved: true,
    permissions: ['CATALOG_VIEW'],
  });
  await mongo.close();
  return { email: 'bench@example.com', password };
}

async function waitUntilReady(url: string, deadlineMs: number): Promise<void> {
  while (Date.now() < deadlineMs) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not become ready');
}

const mongo = await startEmbeddedMongo({ print: () => undefined });
const prefix = `bench:${randomUUID()}:`;
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
// Seeded before the server starts, so its own start-up seeding finds the collections filled.
const credentials = await seed(mongo.uri);
/** The V8 flags the server runs with in the cluster (its image's and NODE_OPTIONS), unless overridden. */
const SERVER_NODE_FLAGS = (
  process.env['BENCH_NODE_FLAGS'] ??
  [...SERVER_NODE_CLI_FLAGS['management-server'], SERVER_NODE_OPTIONS].join(' ')
)
  .split(' ')
  .filter(Boolean);
const serverEntry = fileURLToPath(new URL('../main.js', import.meta.url));
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverEntry], {
  env: {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    MONGODB_URI: mongo.uri,
    REDIS_URL,
    REDIS_KEY_PREFIX: `${prefix}mgmt:`,
    RATE_LIMIT_PER_MINUTE: '100000000',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    BCRYPT_COST: '10',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let exitCode = 0;
try {
  await waitUntilReady(url, Date.now() + 30_000);
  const login = await fetch(`${url}/security/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (login.status !== 200 || cookie === '') throw new Error(`login failed: ${login.status}`);

  const idle = await processMemoryMiB(server.pid ?? 0);
  const { default: autocannon } = await import('autocannon');
  const search = (body: object) => ({
    method: 'POST',
    path: '/catalog/search',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify(body),
  });
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [
      search({ pagingOptions: { page: 1, limit: 20 }, sortRule: '-active' }),
      search({ pagingOptions: { page: 2, limit: 50 }, searchTerm: 'ouro' }),
      search({ pagingOptions: { page: 1, limit: 100 }, sortRule: 'price' }),
    ],
  });
  const loaded = await processMemoryMiB(server.pid ?? 0);
  const report = {
    products: PRODUCTS,
    seconds: result.duration,
    connections: CONNECTIONS,
    nodeFlags: SERVER_NODE_FLAGS,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    errors: result.errors,
    non2xx: result.non2xx,
    rssMiB: {
      idle: Math.round(idle.rss),
      afterLoad: Math.round(loaded.rss),
      peak: Math.round(loaded.peak),
    },
    targetMiB: RSS_TARGET_MIB,
    withinTarget: loaded.peak <= RSS_TARGET_MIB,
  };
  console.log(JSON.stringify(report, null, 2));
  if (result.non2xx > 0 || result.errors > 0) exitCode = 1;
} catch (error) {
  exitCode = 1;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  server.kill('SIGTERM');
  await once(server, 'exit');
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await mongo.stop();
}
process.exit(exitCode);
