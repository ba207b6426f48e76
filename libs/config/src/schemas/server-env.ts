import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { commaList } from '../fragments/comma-list.js';
import { durationMs } from '../fragments/duration-ms.js';
import { integerInRange } from '../fragments/integer-in-range.js';
import { mailRendering } from '../fragments/mail-templates.js';
import { positiveInt } from '../fragments/positive-int.js';
import { trustProxy } from '../fragments/trust-proxy.js';
import { mongodbUri, origin } from '../fragments/url.js';
import { IN_MEMORY_REDIS_URL, redisUrl } from '../fragments/redis-url.js';
import {
  byteSize,
  cookieName,
  directoryPath,
  hostAndPort,
  hostName,
  mailSender,
  redisKeyPrefix,
  secretText,
} from '../fragments/text-formats.js';
import { runtimeEnvShape, toRuntimeConfig, type RuntimeDefaults } from './runtime-env.js';

export interface ServerDefaults extends RuntimeDefaults {
  redisKeyPrefix: string;
  sessionCookieName: string;
}

/** Long enough to resist guessing; the same rule for every signing secret. */
export const MIN_SECRET_LENGTH = 32;

/** Used outside production so `npm start` works with no setup; production refuses it. */
export const DEVELOPMENT_SESSION_SECRET = 'development-only-session-secret-never-use-in-production';

export const DEFAULT_CORS_ORIGIN = 'http://gic-asenhoradosaneis.localhost:8080';

/** What both Express servers read, beyond the runtime basics. */
export function serverEnvShape(defaults: ServerDefaults) {
  return {
    ...runtimeEnvShape(defaults),
    MONGODB_URI: mongodbUri.optional(),
    REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
    REDIS_KEY_PREFIX: redisKeyPrefix.default(defaults.redisKeyPrefix),
    REDIS_SENTINELS: commaList(hostAndPort, 'host:port pairs').optional(),
    REDIS_SENTINEL_NAME: hostName.default('mymaster'),
    REDIS_PASSWORD: secretText.optional(),
    SESSION_SECRET: secretText.optional(),
    SESSION_COOKIE_NAME: cookieName.default(defaults.sessionCookieName),
    SESSION_TTL_MS: durationMs.default(1_800_000),
    CORS_ORIGINS: commaList(origin, 'http(s) origins').default([DEFAULT_CORS_ORIGIN]),
    TRUST_PROXY: trustProxy.default(['loopback', 'linklocal', 'uniquelocal']),
    RATE_LIMIT_PER_MINUTE: positiveInt(200),
    AUTH_RATE_LIMIT_PER_MINUTE: positiveInt(20),
    BODY_LIMIT: byteSize.default('1mb'),
    BCRYPT_COST: integerInRange(10, 31, 'expected a whole number between 10 and 31').default(12),
    PASSWORD_HASH_THREADS: integerInRange(1, 64, 'expected a whole number from 1 to 64').optional(),
    PASSWORD_HASH_QUEUE: integerInRange(
      0,
      10_000,
      'expected a whole number from 0 to 10000',
    ).optional(),
    PASSWORD_HASH_MAX_WAIT_MS: durationMs.default(3_000),
    LOGIN_ATTEMPTS_PER_ACCOUNT: positiveInt(10),
    LOGIN_LOCK_MS: durationMs.default(900_000),
    SENDGRID_API_KEY: secretText.optional(),
    MAIL_RENDERING: mailRendering.default('local'),
    MAIL_FROM: mailSender.default('no-reply@asenhoradosaneis.example'),
    MAIL_OUTBOX_DIR: directoryPath.optional(),
    DATA_DIR: directoryPath.optional(),
  };
}

type ServerEnvShape = ReturnType<typeof serverEnvShape>;
export type ServerEnv = z.output<z.ZodObject<ServerEnvShape>>;

/**
 * Rules that depend on NODE_ENV. They run even when other variables failed to parse (see `when`
 * at the call site) so one start-up reports every problem, which is why fields are re-checked.
 */
export function checkServerProductionRules(env: Partial<ServerEnv>, ctx: z.RefinementCtx): void {
  if (env.NODE_ENV !== 'production') return;
  requireSecret(env, 'SESSION_SECRET', ctx);
  if (env.SESSION_SECRET === DEVELOPMENT_SESSION_SECRET) {
    addIssue(ctx, 'SESSION_SECRET', 'must not be the development default in production');
  }
  if (env.MONGODB_URI === undefined) {
    addIssue(
      ctx,
      'MONGODB_URI',
      'must be set in production (the embedded database is for development and tests)',
    );
  }
  if (env.REDIS_URL === IN_MEMORY_REDIS_URL) {
    addIssue(
      ctx,
      'REDIS_URL',
      `must name a real Redis in production: ${IN_MEMORY_REDIS_URL} keeps sessions, rate limits ` +
        'and cache inside one process (for development and tests only)',
    );
  }
}

export function requireSecret(
  env: Partial<Record<string, unknown>>,
  variable: string,
  ctx: z.RefinementCtx,
): void {
  const value = env[variable];
  if (typeof value !== 'string') {
    addIssue(ctx, variable, `must be set in production (at least ${MIN_SECRET_LENGTH} characters)`);
  } else if (value.length < MIN_SECRET_LENGTH) {
    addIssue(ctx, variable, `must be at least ${MIN_SECRET_LENGTH} characters in production`);
  }
}

export function addIssue(ctx: z.RefinementCtx, variable: string, message: string): void {
  ctx.addIssue({ code: 'custom', path: [variable], message, input: undefined });
}

export function toServerConfig(env: ServerEnv) {
  const runtime = toRuntimeConfig(env);
  // Resolved at parse time, not import time, so it follows the working directory of the run.
  const dataDir = env.DATA_DIR ?? path.resolve('.data');
  return {
    ...runtime,
    server: {
      ...runtime.server,
      trustProxy: env.TRUST_PROXY,
      bodyLimit: env.BODY_LIMIT,
    },
    cors: { origins: env.CORS_ORIGINS },
    rateLimit: {
      perMinute: env.RATE_LIMIT_PER_MINUTE,
      authPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    },
    mongodb: { uri: env.MONGODB_URI },
    redis: {
      url: env.REDIS_URL,
      /** REDIS_URL=memory://: no Redis; sessions, rate limits and cache stay in this process. */
      inMemory: env.REDIS_URL === IN_MEMORY_REDIS_URL,
      keyPrefix: env.REDIS_KEY_PREFIX,
      password: env.REDIS_PASSWORD,
      sentinels:
        env.REDIS_SENTINELS === undefined || env.REDIS_SENTINELS.length === 0
          ? undefined
          : { name: env.REDIS_SENTINEL_NAME, hosts: env.REDIS_SENTINELS },
    },
    session: {
      secret: env.SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET,
      cookieName: env.SESSION_COOKIE_NAME,
      ttlMs: env.SESSION_TTL_MS,
    },
    auth: {
      bcryptCost: env.BCRYPT_COST,
      ...passwordHashing(env),
      loginAttemptsPerAccount: env.LOGIN_ATTEMPTS_PER_ACCOUNT,
      loginLockMs: env.LOGIN_LOCK_MS,
    },
    mail: {
      from: env.MAIL_FROM,
      sendgridApiKey: env.SENDGRID_API_KEY,
      rendering: env.MAIL_RENDERING,
      outboxDir: env.MAIL_OUTBOX_DIR ?? path.join(dataDir, 'outbox'),
    },
    dataDir,
  };
}

/** Hashing threads default to the cores; hashes that may wait, to 8 per thread. */
function passwordHashing(env: ServerEnv): {
  hashThreads: number;
  hashQueue: number;
  hashMaxWaitMs: number;
} {
  const hashThreads = env.PASSWORD_HASH_THREADS ?? availableParallelism();
  return {
    hashThreads,
    hashQueue: env.PASSWORD_HASH_QUEUE ?? 8 * hashThreads,
    hashMaxWaitMs: env.PASSWORD_HASH_MAX_WAIT_MS,
  };
}
