import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashPassword } from '@aneis/auth';
import {
  readConfig,
  managementServerConfigSchema,
  type ManagementServerConfig,
} from '@aneis/config';
import type { AdminRole } from '@aneis/contracts';
import { createMongoConnection, type MongoConnection } from '@aneis/data';
import type { TestDatabase } from '@aneis/data/testing';
import { startHttpServer, type RunningHttpServer } from '@aneis/http';
import { createMailer, readOutbox, type OutboxMessage } from '@aneis/mail';
import { Redis } from 'ioredis';
import request from 'supertest';
import winston from 'winston';
import { createManagementApp } from '../../src/app.js';
import type { Services } from '../../src/services.js';
import { forgeSession } from './forge-session.js';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
export const TEST_BCRYPT_COST = 10;
export const SESSION_SECRET = 'test-session-secret-that-is-long-enough-1234';

export interface TestServer {
  url: string;
  http: ReturnType<typeof request>;
  config: ManagementServerConfig;
  services: Services;
  redis: Redis;
  mongo: MongoConnection;
  /** Unique to this server: `test:<uuid>:`. Management keys live under `<prefix>mgmt:`. */
  prefix: string;
  /** Where a shopping server of the same run would keep its keys. */
  shoppingPrefix: string;
  outboxDir: string;
  storageDir: string;
  outbox(filter?: { to?: string; template?: string }): Promise<OutboxMessage[]>;
  /** Creates an approved admin with a known password. */
  createAdmin(
    roles: readonly AdminRole[],
    options?: { email?: string; password?: string; approved?: boolean; name?: string },
  ): Promise<{ id: string; email: string; password: string }>;
  /** A session cookie for an admin, planted in Redis (no bcrypt login). */
  sessionFor(adminId: string): Promise<string>;
  /** A session cookie for a new admin with these roles (createAdmin, then sessionFor). */
  cookieFor(
    roles: readonly AdminRole[],
    options?: { email?: string; password?: string; name?: string },
  ): Promise<string>;
  /** A logged-in cookie obtained through the real login route. */
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Settings every management test server shares (outbox in `<workDir>/outbox`, images in
 * `<workDir>/images`, limits out of the way); callers add their Redis and overrides.
 */
export function commonTestEnv(workDir: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    SESSION_SECRET,
    BCRYPT_COST: String(TEST_BCRYPT_COST),
    RATE_LIMIT_PER_MINUTE: '1000000',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    MAIL_OUTBOX_DIR: path.join(workDir, 'outbox'),
    DATA_DIR: workDir,
    IMAGE_STORAGE_DIR: path.join(workDir, 'images'),
    PUBLIC_ADMIN_URL: 'http://admin.test',
    PUBLIC_STOREFRONT_URL: 'http://shop.test/shopping',
  };
}

export async function startTestServer(
  db: TestDatabase,
  env: Record<string, string> = {},
): Promise<TestServer> {
  const prefix = `test:${randomUUID()}:`;
  const workDir = await mkdtemp(path.join(tmpdir(), 'mgmt-test-'));
  const outboxDir = path.join(workDir, 'outbox');
  const storageDir = path.join(workDir, 'images');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = readConfig(managementServerConfigSchema, {
    ...commonTestEnv(workDir),
    REDIS_URL,
    REDIS_KEY_PREFIX: `${prefix}mgmt:`,
    ALLOWED_IMAGE_HOSTS: `127.0.0.1:${port},images.example.com`,
    ...env,
  });
  const logger = winston.createLogger({ silent: true });
  const mongo = createMongoConnection({ uri: db.uri, embedded: db.embedded });
  await mongo.connect();
  const redis = new Redis(REDIS_URL);
  const shoppingCacheRedis = new Redis(REDIS_URL, { keyPrefix: `${prefix}shop:` });
  const mailer = createMailer({
    from: config.mail.from,
    outboxDir,
    templates: config.mail.templates,
  });
  const { app, services } = createManagementApp({
    config,
    logger,
    redis,
    connection: mongo.connection,
    mailer,
    pingMongo: () => mongo.ping(),
    shoppingCacheRedis,
    imageBaseUrl: `${url}/images`,
  });
  const running: RunningHttpServer = await startHttpServer(app, {
    port,
    host: '127.0.0.1',
    logger,
    graceMs: 1_000,
    installProcessHandlers: false,
  });
  let counter = 0;

  const server: TestServer = {
    url,
    http: request(url),
    config,
    services,
    redis,
    mongo,
    prefix,
    shoppingPrefix: `${prefix}shop:`,
    outboxDir,
    storageDir,
    outbox: (filter) => readOutbox(outboxDir, filter),
    async createAdmin(roles, options = {}) {
      counter += 1;
      const email = options.email ?? `admin${counter}-${randomUUID().slice(0, 8)}@example.com`;
      const password = options.password ?? `pass-${counter}-word1`;
      const admin = await services.admins.create({
        email,
        name: options.name ?? `Admin ${counter}`,
        password: await hashPassword(password, TEST_BCRYPT_COST),
        approved: options.approved ?? true,
        permissions: [...roles],
      });
      return { id: admin.id as string, email, password };
    },
    async sessionFor(adminId) {
      const { cookie, sessionId } = await forgeSession({
        redis,
        keyPrefix: `${config.redis.keyPrefix}sess:`,
        cookieName: config.session.cookieName,
        secret: SESSION_SECRET,
        data: { userId: adminId },
      });
      await services.sessions.track(adminId, sessionId);
      return cookie;
    },
    async cookieFor(roles, options) {
      return server.sessionFor((await server.createAdmin(roles, options)).id);
    },
    async login(email, password) {
      const res = await request(url).post('/security/login').send({ email, password });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
      return cookieFrom(res, config.session.cookieName);
    },
    async close() {
      await running.shutdown('test over');
      await services.passwords.close();
      await mongo.close();
      await deleteKeys(redis, `${prefix}*`);
      redis.disconnect();
      shoppingCacheRedis.disconnect();
      await rm(workDir, { recursive: true, force: true });
    },
  };
  return server;
}

/** The `name=value` part of a Set-Cookie header for `cookieName`. */
export function cookieFrom(res: request.Response, cookieName: string): string {
  const raw: unknown = res.headers['set-cookie'];
  const lines = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  const line = lines.find((candidate) => candidate.startsWith(`${cookieName}=`));
  if (!line) throw new Error(`no ${cookieName} cookie in ${JSON.stringify(lines)}`);
  return line.split(';')[0] ?? '';
}

/** A port nobody listens on right now (the image URLs must know it before the app exists). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}
