import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { hashPassword } from '@aneis/auth';
import {
  managementServerConfigSchema,
  readConfig,
  type ManagementServerConfig,
} from '@aneis/config';
import type { AdminRole } from '@aneis/contracts';
import { createMongoConnection } from '@aneis/data';
import type { TestDatabase } from '@aneis/data/testing';
import { startHttpServer } from '@aneis/http';
import { createLogger } from '@aneis/logging';
import { createMailer, readOutbox, type OutboxMessage } from '@aneis/mail';
import request from 'supertest';
import { createManagementApp } from '../../src/app.js';
import type { Services } from '../../src/services.js';
import { commonTestEnv, cookieFrom, TEST_BCRYPT_COST } from './test-server.js';

/** One line the server logged (warn and above), as the production JSON logger writes it. */
export interface LoggedLine {
  level: string;
  message: string;
  [field: string]: unknown;
}

/**
 * A management server started as `REDIS_URL=memory://` starts it: no Redis client exists at all,
 * so anything that still reached for Redis would fail here instead of quietly using the real one.
 */
export interface MemoryServer {
  http: ReturnType<typeof request>;
  config: ManagementServerConfig;
  services: Services;
  /** What the server logged at warn level or above, since before the app was built. */
  logged(): LoggedLine[];
  outbox(filter?: { to?: string; template?: string }): Promise<OutboxMessage[]>;
  /** Creates an admin (approved unless told otherwise) with a known password. */
  createAdmin(
    roles: readonly AdminRole[],
    options?: { approved?: boolean },
  ): Promise<{ id: string; email: string; password: string }>;
  /** A logged-in cookie obtained through the real login route. */
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export async function startMemoryServer(
  db: TestDatabase,
  env: Record<string, string> = {},
): Promise<MemoryServer> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'mgmt-memory-test-'));
  const outboxDir = path.join(workDir, 'outbox');
  const config = readConfig(managementServerConfigSchema, {
    ...commonTestEnv(workDir),
    REDIS_URL: 'memory://',
    ...env,
  });
  const lines: string[] = [];
  const logger = createLogger({
    service: 'management-memory-test',
    level: 'warn',
    stream: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  });
  const mongo = createMongoConnection({ uri: db.uri, embedded: db.embedded });
  await mongo.connect();
  const mailer = createMailer({
    from: config.mail.from,
    outboxDir,
    templates: config.mail.templates,
  });
  const { app, services } = createManagementApp({
    config,
    logger,
    redis: undefined,
    shoppingCacheRedis: undefined,
    connection: mongo.connection,
    mailer,
    pingMongo: () => mongo.ping(),
  });
  const running = await startHttpServer(app, {
    port: 0,
    host: '127.0.0.1',
    logger,
    graceMs: 1_000,
    installProcessHandlers: false,
  });
  const url = `http://127.0.0.1:${running.port}`;

  return {
    http: request(url),
    config,
    services,
    logged: () =>
      lines
        .flatMap((chunk) => chunk.split('\n'))
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as LoggedLine),
    outbox: (filter) => readOutbox(outboxDir, filter),
    async createAdmin(roles, options = {}) {
      const email = `memory-${randomUUID().slice(0, 8)}@example.com`;
      const password = `pass-${randomUUID().slice(0, 8)}-word1`;
      const admin = await services.admins.create({
        email,
        name: `Memory ${roles.join(' ')}`,
        password: await hashPassword(password, TEST_BCRYPT_COST),
        approved: options.approved ?? true,
        permissions: [...roles],
      });
      return { id: admin.id as string, email, password };
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
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
