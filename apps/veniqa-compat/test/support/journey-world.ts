import { randomBytes } from 'node:crypto';
import { startStripeStandIn } from '@aneis/testing';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import {
  startServerPair,
  VENIQA_ADMIN_ORIGIN,
  VENIQA_SHOP_ORIGIN,
  type ServerPair,
} from './start-servers.js';
import { VeniqaClient } from './veniqa-axios.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
    mongoEngine: { embedded: boolean };
  }
}

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const STRIPE_KEY = 'sk_test_veniqa_compat';

/** What both journeys share: the running servers, each client's browser session, the orders. */
export interface JourneyWorld {
  shop(): VeniqaClient;
  admin(): VeniqaClient;
  /** A fresh browser session of the admin webclient (another person's). */
  newAdminClient(): VeniqaClient;
  outboxDir(): string;
  servers(): ServerPair;
  stripe(): Awaited<ReturnType<typeof startStripeStandIn>>;
  /** Ids of the orders the shopper placed, oldest first. */
  readonly orders: string[];
}

/**
 * Starts the Stripe stand-in and both servers before the file's first test (on a database of
 * their own on the run's MongoDB engine), and removes everything after its last.
 */
export function useJourneyWorld(): JourneyWorld {
  const dbName = `test_veniqa_compat_${randomBytes(4).toString('hex')}`;
  let servers: ServerPair | undefined;
  let stripe: Awaited<ReturnType<typeof startStripeStandIn>> | undefined;
  let shop: VeniqaClient | undefined;
  let admin: VeniqaClient | undefined;
  let mongoUri = '';

  beforeAll(async () => {
    const engine = inject('mongoEngine');
    mongoUri = databaseUri(inject('mongoUri'), dbName, engine.embedded);
    stripe = await startStripeStandIn(STRIPE_KEY);
    servers = await startServerPair({
      mongodbUri: mongoUri,
      redisUrl: REDIS_URL,
      shoppingEnv: { STRIPE_SECRET_KEY: STRIPE_KEY, STRIPE_API_BASE: stripe.url },
    });
    shop = new VeniqaClient(servers.shoppingApi, VENIQA_SHOP_ORIGIN);
    admin = new VeniqaClient(servers.managementApi, VENIQA_ADMIN_ORIGIN);
  });

  afterAll(async () => {
    await servers?.stop();
    await stripe?.close();
    await dropDatabase(mongoUri);
    await deleteRedisKeys(servers);
  });

  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the servers did not start');
    return value;
  };
  return {
    shop: () => need(shop),
    admin: () => need(admin),
    newAdminClient: () => new VeniqaClient(need(servers).managementApi, VENIQA_ADMIN_ORIGIN),
    outboxDir: () => need(servers).outboxDir,
    servers: () => need(servers),
    stripe: () => need(stripe),
    orders: [],
  };
}

function databaseUri(serverUri: string, dbName: string, embedded: boolean): string {
  const url = new URL(serverUri);
  url.pathname = `/${dbName}`;
  // CongoDB needs polled monitoring; the option travels in the URI to the server processes.
  if (embedded && !url.searchParams.has('serverMonitoringMode')) {
    url.searchParams.set('serverMonitoringMode', 'poll');
  }
  return url.toString();
}

async function dropDatabase(uri: string): Promise<void> {
  if (uri === '') return;
  const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.db().dropDatabase();
  } finally {
    await client.close();
  }
}

async function deleteRedisKeys(servers: ServerPair | undefined): Promise<void> {
  if (!servers) return;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${servers.keyPrefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // No Redis to clean (the servers would not have started either).
  } finally {
    redis.disconnect();
  }
}
