import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { closeRedis, createRedisClient } from '@aneis/cache';
import { readConfig, shoppingServerConfigSchema } from '@aneis/config';
import { createMongoConnection, registerModels, startEmbeddedMongo } from '@aneis/data';
import { startHttpServer } from '@aneis/http';
import { createLogger } from '@aneis/logging';
import { createMailer } from '@aneis/mail';
import { Types } from 'mongoose';
import { createShoppingApp } from '../app.js';
import { mailTemplateIds } from '../emails/templates.js';
import { runLoad, type LoadResult } from './load-generator.js';

/**
 * `nx run shopping-server:bench`: req/s and p50/p99 for the two hottest catalogue reads against
 * a bare node:http server answering the same bytes, at 64 connections, then the RSS.
 * The server, its database (embedded, or MONGODB_URI) and the load generator share this process,
 * so the RSS printed includes the generator (a few MiB).
 */
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 64);
const DURATION_MS = Number(process.env['BENCH_DURATION_MS'] ?? 10_000);
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

const silent = new Writable({ write: (_c, _e, done) => done() });
const logger = createLogger({ service: 'shop-bench', level: 'error', stream: silent });
const prefix = `bench:${randomUUID()}:`;
const embedded = process.env['MONGODB_URI']
  ? undefined
  : await startEmbeddedMongo({ print: () => undefined });
const mongo = createMongoConnection({
  uri: process.env['MONGODB_URI'] ?? embedded?.uri ?? '',
  dbName: 'bench',
  embedded: embedded !== undefined,
});
await mongo.connect();
const models = registerModels(mongo.connection);
const redis = createRedisClient({ url: REDIS_URL, keyPrefix: prefix });

const auditor = { email: 'bench@example.com', name: 'Bench' };
const category = await models.Category.create({ category: 'Women', subcategory: 'Rings' });
const tariff = await models.Tariff.create({ name: 'Jewellery', rates: { PT: 0 } });
const products = await models.Product.insertMany(
  Array.from({ length: 20 }, (_, i) => ({
    _id: new Types.ObjectId(),
    store: 'ANEIS',
    brand: 'Aneis',
    name: `Ring ${i + 1}`,
    store_sku: `R-${i + 1}`,
    category: category._id,
    tariff: tariff._id,
    thumbnailUrls: [`https://images.example.com/r${i}.png`],
    detailedImageUrls: [`https://images.example.com/r${i}-big.png`],
    featuredImageUrls: [],
    price: { cents: 1000 + i * 150, currency: 'EUR' },
    weight: { quantity: 0.05, unit: 'KG' },
    details_html: `<p>Ring number ${i + 1}</p>`,
    active: true,
    deleted: false,
    stock: 10,
    auditLog: {
      createdBy: auditor,
      updatedBy: auditor,
      createdOn: new Date(),
      updatedOn: new Date(),
    },
  })),
);

const config = readConfig(shoppingServerConfigSchema, {
  ...process.env,
  NODE_ENV: 'production' === process.env['NODE_ENV'] ? 'production' : 'development',
  RATE_LIMIT_PER_MINUTE: '100000000',
  AUTH_RATE_LIMIT_PER_MINUTE: '100000000',
  REDIS_URL,
  REDIS_KEY_PREFIX: prefix,
  MAIL_OUTBOX_DIR: tmpdir(),
  MONGODB_URI: process.env['MONGODB_URI'] ?? embedded?.uri,
});
const { app } = createShoppingApp({
  config,
  logger,
  models,
  pingMongo: () => mongo.ping(),
  redis,
  mailer: createMailer({
    from: config.mail.from,
    outboxDir: tmpdir(),
    templates: mailTemplateIds(),
  }),
});
const shop = await startHttpServer(app, {
  port: 0,
  host: '127.0.0.1',
  logger,
  installProcessHandlers: false,
});
const base = `http://127.0.0.1:${shop.port}`;

const searchBody = JSON.stringify({ pagingOptions: { page: 1, limit: 20 } });
const detailsPath = `/catalog/getProductDetails?productId=${String(products[0]?._id)}`;

async function capture(path: string, init: RequestInit): Promise<Buffer> {
  const res = await fetch(`${base}${path}`, init);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
// Warm the cache and keep the exact bytes for the bare server.
const searchBytes = await capture('/catalog/search', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: searchBody,
});
const detailsBytes = await capture(detailsPath, { method: 'GET' });

const bare = createServer((req, res) => {
  const body = req.url?.startsWith('/catalog/search') ? searchBytes : detailsBytes;
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': body.length,
    });
    res.end(body);
  });
});
bare.listen(0, '127.0.0.1');
await once(bare, 'listening');
const bareBase = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

const load = (url: string, method: 'GET' | 'POST', body?: string) =>
  runLoad({
    url,
    method,
    ...(body ? { body } : {}),
    connections: CONNECTIONS,
    durationMs: DURATION_MS,
  });

const rows: { name: string; shop: LoadResult; bare: LoadResult }[] = [];
rows.push({
  name: 'POST /catalog/search (20 products, warm cache)',
  shop: await load(`${base}/catalog/search`, 'POST', searchBody),
  bare: await load(`${bareBase}/catalog/search`, 'POST', searchBody),
});
rows.push({
  name: 'GET /catalog/getProductDetails',
  shop: await load(`${base}${detailsPath}`, 'GET'),
  bare: await load(`${bareBase}${detailsPath}`, 'GET'),
});
const rssMiB = process.memoryUsage().rss / 1024 / 1024;

const fmt = (r: LoadResult) =>
  `${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50Ms.toFixed(2).padStart(6)} ms  p99 ${r.p99Ms.toFixed(2).padStart(6)} ms  errors ${r.errors}`;
console.log(
  `\nShopping server benchmark: ${CONNECTIONS} connections, ${DURATION_MS / 1000} s per run, MongoDB ${embedded ? 'embedded (CongoDB)' : 'MONGODB_URI'}\n`,
);
for (const row of rows) {
  console.log(row.name);
  console.log(`  shop: ${fmt(row.shop)}`);
  console.log(`  bare: ${fmt(row.bare)}`);
  const ratio = row.shop.requestsPerSecond / row.bare.requestsPerSecond;
  console.log(
    `  ratio: ${(ratio * 100).toFixed(1)} % of the bare ceiling (target ≥ 60 %), p99 target ≤ 25 ms`,
  );
}
console.log(
  `\nRSS after load: ${rssMiB.toFixed(1)} MiB (target ≤ 120 MiB; includes the load generator)\n`,
);

await new Promise<void>((resolve) => bare.close(() => resolve()));
await shop.shutdown('bench done');
let cursor = '0';
const cleaner = createRedisClient({ url: REDIS_URL });
do {
  const [next, keys] = await cleaner.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
  if (keys.length > 0) await cleaner.del(...keys);
  cursor = next;
} while (cursor !== '0');
await closeRedis(cleaner);
await closeRedis(redis);
await mongo.close();
await embedded?.stop();
