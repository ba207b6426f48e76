import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { closeRedis, createRedisClient, type Redis } from '@aneis/cache';
import { readConfig, shoppingServerConfigSchema, type ShoppingServerConfig } from '@aneis/config';
import {
  createMongoConnection,
  registerModels,
  type MongoConnection,
  type ShopModels,
} from '@aneis/data';
import { useTestDatabase } from '@aneis/data/testing';
import { startHttpServer, type RunningHttpServer } from '@aneis/http';
import { createLogger } from '@aneis/logging';
import { createMailer } from '@aneis/mail';
import { Redis as IoRedis } from 'ioredis';
import { createShoppingApp, type ShoppingApp } from '../../src/app.js';
import type { ShoppingDeps } from '../../src/deps.js';

export const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface RunningShop extends ShoppingApp {
  running: RunningHttpServer;
  server: RunningHttpServer['server'];
  /** Undefined when started with REDIS_URL=memory://. */
  redis: Redis | undefined;
  close(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  deps?: Partial<ShoppingDeps>;
  /** Another Redis URL (a proxy we can cut). */
  redisUrl?: string;
}

const silentStream = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

/**
 * One test file's world: its own database and Redis key prefix, an outbox directory, and
 * `start()` to run shopping servers on port 0 against them. Call at the top of a test file.
 */
export function useShopHarness() {
  const db = useTestDatabase();
  const prefix = `test:${randomUUID()}:`;
  const state: {
    mongo?: MongoConnection;
    models?: ShopModels;
    outboxDir?: string;
    admin?: IoRedis;
  } = {};
  const started: RunningShop[] = [];

  beforeAll(async () => {
    state.mongo = createMongoConnection({ uri: db.uri, embedded: db.embedded });
    await state.mongo.connect();
    state.models = registerModels(state.mongo.connection);
    state.outboxDir = await mkdtemp(path.join(tmpdir(), 'shop-outbox-'));
    state.admin = new IoRedis(REDIS_URL);
  });

  afterAll(async () => {
    for (const shop of started.splice(0)) await shop.close();
    if (state.admin) {
      await deleteKeys(state.admin, prefix);
      state.admin.disconnect();
    }
    await state.mongo?.close();
    if (state.outboxDir) await rm(state.outboxDir, { recursive: true, force: true });
  });

  function configFor(env: Record<string, string> = {}): ShoppingServerConfig {
    return readConfig(shoppingServerConfigSchema, {
      NODE_ENV: 'test',
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      BCRYPT_COST: '10',
      RATE_LIMIT_PER_MINUTE: '100000',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      BASE_CURRENCY: 'USD',
      PUBLIC_STOREFRONT_URL: 'http://shop.test/shopping',
      // On another host than the storefront, as in every deployment: the storefront serves none.
      PUBLIC_IMAGE_BASE_URL: 'http://management.shop.test/images',
      MAIL_OUTBOX_DIR: state.outboxDir ?? tmpdir(),
      TRUST_PROXY: 'loopback',
      // Strict cache semantics unless a test asks for the in-process copies.
      CATALOG_CACHE_LOCAL_MS: '0',
      ...env,
    });
  }

  async function start(options: StartOptions = {}): Promise<RunningShop> {
    const config = configFor(options.env);
    const logger = createLogger({ service: 'shop-test', level: 'error', stream: silentStream() });
    // As main.ts does: REDIS_URL=memory:// means no client at all.
    const redis = config.redis.inMemory
      ? undefined
      : createRedisClient({
          url: options.redisUrl ?? REDIS_URL,
          keyPrefix: config.redis.keyPrefix,
        });
    const mongo = state.mongo;
    if (!mongo || !state.models) throw new Error('harness not ready');
    const shop = createShoppingApp({
      config,
      logger,
      models: state.models,
      pingMongo: () => mongo.ping(),
      redis,
      mailer: createMailer({
        from: config.mail.from,
        outboxDir: config.mail.outboxDir,
        templates: config.mail.templates,
      }),
      ...options.deps,
    });
    const running = await startHttpServer(shop.app, {
      port: 0,
      host: '127.0.0.1',
      logger,
      graceMs: 1_000,
      installProcessHandlers: false,
    });
    const runningShop: RunningShop = {
      ...shop,
      running,
      server: running.server,
      redis,
      async close() {
        await running.shutdown('test done');
        await shop.mail.settled();
        await shop.closePasswords();
        if (redis) await closeRedis(redis);
      },
    };
    started.push(runningShop);
    return runningShop;
  }

  return {
    db,
    prefix,
    start,
    configFor,
    get models(): ShopModels {
      if (!state.models) throw new Error('harness not ready');
      return state.models;
    },
    get outboxDir(): string {
      if (!state.outboxDir) throw new Error('harness not ready');
      return state.outboxDir;
    },
    get adminRedis(): IoRedis {
      if (!state.admin) throw new Error('harness not ready');
      return state.admin;
    },
  };
}

export async function deleteKeys(redis: IoRedis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
