import type { RequestHandler } from 'express';
import {
  MemoryStore,
  rateLimit,
  type Logger as RateLimitLogger,
  type Store,
} from 'express-rate-limit';
import type { Redis } from 'ioredis';
import type { Logger } from 'winston';
import { sendFailure } from './envelope.js';
import { refuseWhenUncounted } from './refuse-when-uncounted.js';
import { ResilientRedisStore } from './resilient-redis-store.js';

export interface RateLimitOptions {
  /** Requests allowed per client IP and window. */
  limit: number;
  windowMs?: number;
  /** Prefix of the Redis counters, e.g. `shop:rl:`; each limiter needs its own. */
  keyPrefix: string;
  /** How long a Redis call may take before the request is let through unlimited. */
  storeTimeoutMs?: number;
  /** Body text of the 429 envelope. */
  message?: string;
}

export interface RateLimiterOptions extends RateLimitOptions {
  /** Undefined (REDIS_URL=memory://): counters live in this process, so only it is limited. */
  redis: Redis | undefined;
  logger: Logger;
  /** A store shared with another entrance (the fast lane) so both count the same hits. */
  store?: Store;
}

export const DEFAULT_RATE_LIMIT_WINDOW_MS = 60_000;
export const DEFAULT_RATE_LIMIT_MESSAGE = 'Too many requests, please try again later.';
const DEFAULT_STORE_TIMEOUT_MS = 1_000;

/**
 * The counters behind a limiter: Redis (see ResilientRedisStore) or, without it, this process.
 * `pooled` (the general limiter) lets a client far below its limit pass without waiting for
 * Redis; without it every hit waits for Redis' exact count.
 */
export function createRateLimitStore(
  options: Pick<RateLimiterOptions, 'redis' | 'keyPrefix' | 'storeTimeoutMs' | 'limit'> & {
    pooled?: boolean;
  },
): Store {
  return options.redis
    ? new ResilientRedisStore(
        options.redis,
        options.keyPrefix,
        options.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS,
        options.pooled === false ? 0 : Math.floor(options.limit / 2),
      )
    : new MemoryStore();
}

/**
 * A Redis-backed limiter keyed by `req.ip` (so `X-Forwarded-For` counts only when `trust proxy`
 * says the proxy is ours). When Redis fails it lets requests through and logs a warning: this
 * limiter guards capacity, not secrets, and while Redis is away the catalogue is still served
 * from MongoDB, so refusing every visitor would turn a cache outage into a shop outage; the
 * credential routes have their own limiter, which refuses instead (see `authRateLimiter`). A
 * client far below its limit does not wait for Redis (see ResilientRedisStore); near it, every
 * request does.
 */
export function createRateLimiter(
  options: RateLimiterOptions & { refuseWhenUncounted?: boolean },
): RequestHandler {
  const message = options.message ?? DEFAULT_RATE_LIMIT_MESSAGE;
  const store = options.store ?? createRateLimitStore(options);
  return rateLimit({
    windowMs: options.windowMs ?? DEFAULT_RATE_LIMIT_WINDOW_MS,
    limit: options.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: options.refuseWhenUncounted ? refuseWhenUncounted(store) : store,
    passOnStoreError: !options.refuseWhenUncounted,
    logger: rateLimitLogger(options.logger, options.keyPrefix),
    handler: (_req, res) => {
      sendFailure(res, 429, message);
    },
  });
}

export type AuthRateLimiterOptions = Omit<RateLimiterOptions, 'limit' | 'windowMs'> &
  Partial<Pick<RateLimiterOptions, 'limit' | 'windowMs'>>;

/**
 * The stricter limiter for login, signup and password routes (credential stuffing, e-mail
 * bombing): by default 10 attempts per 15 minutes per IP. Mount it on those routes only.
 *
 * Unlike the general limiter it never lets a request through uncounted: when Redis cannot count
 * (down, frozen, too slow) the attempt is refused with 503 and Retry-After, since an attacker
 * who could stall Redis would otherwise guess passwords without any limit. Every attempt waits
 * for Redis' exact count (no pooling): these routes are rare and each costs a bcrypt hash anyway.
 */
export function authRateLimiter(options: AuthRateLimiterOptions): RequestHandler {
  const limit = options.limit ?? 10;
  return createRateLimiter({
    ...options,
    limit,
    windowMs: options.windowMs ?? 15 * 60_000,
    message: options.message ?? 'Too many attempts, please try again later.',
    store: options.store ?? createRateLimitStore({ ...options, limit, pooled: false }),
    refuseWhenUncounted: true,
  });
}

// express-rate-limit reports store failures (the fail-open path) and misconfigurations through
// its logger; both are degradations to look at, not request failures, hence warnings.
export function rateLimitLogger(logger: Logger, keyPrefix: string): RateLimitLogger {
  const warn = (error: unknown, message?: string): void => {
    logger.warn(message ?? 'rate limiter problem', {
      limiter: keyPrefix,
      error: error instanceof Error ? error.message : String(error),
      ...(error instanceof Error && 'code' in error ? { code: String(error.code) } : {}),
    });
  };
  return { warn, error: warn };
}
