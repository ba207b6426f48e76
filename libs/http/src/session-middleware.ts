import { RedisStore } from 'connect-redis';
import type { RequestHandler } from 'express';
import session, { type Store } from 'express-session';
import type { Redis } from 'ioredis';

export const DEFAULT_SESSION_TTL_MS = 30 * 60 * 1000;

export interface SessionOptions {
  /** Signs the session cookie; give several to rotate (the first one signs). */
  secret: string | string[];
  cookieName: string;
  /** Prefix of the Redis keys holding sessions, e.g. `shop:sess:`. */
  keyPrefix: string;
  /** Idle lifetime of a session (cookie max-age and Redis TTL, pushed forward on each response). */
  ttlMs?: number;
}

export interface SessionMiddlewareOptions extends SessionOptions {
  /** Undefined (REDIS_URL=memory://): sessions live in `memoryStore`, inside this process. */
  redis: Redis | undefined;
  /** Where sessions go without Redis; default a fresh one (then nothing else can reach them). */
  memoryStore?: Store | undefined;
  /** Secure cookies: they are only sent over HTTPS (behind the proxy, see `trust proxy`). */
  secureCookie: boolean;
}

export function sessionMiddleware(options: SessionMiddlewareOptions): RequestHandler {
  const ttlMs = options.ttlMs ?? DEFAULT_SESSION_TTL_MS;
  const store = options.redis
    ? new RedisStore({
        client: options.redis,
        prefix: options.keyPrefix,
        ttl: Math.ceil(ttlMs / 1000),
      })
    : (options.memoryStore ?? createMemorySessionStore());
  return session({
    store,
    name: options.cookieName,
    secret: options.secret,
    resave: false,
    // Anonymous visitors (and CORS preflights) get no session and no cookie until we store something.
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookie,
      maxAge: ttlMs,
      path: '/',
    },
  });
}

/**
 * express-session's in-process store, for REDIS_URL=memory://: sessions vanish with the process
 * and are invisible to any other one. Pass the same store to the app (`sessionStore`) and to the
 * session registry, so revoking a user's sessions reaches it.
 */
export function createMemorySessionStore(): Store {
  return new session.MemoryStore();
}
