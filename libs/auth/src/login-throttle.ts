import { createHash } from 'node:crypto';
import { TooManyRequests } from '@aneis/errors';
import type { Redis } from 'ioredis';

export interface LoginThrottleOptions {
  /** Undefined (REDIS_URL=memory://): attempts are counted in this process only. */
  redis: Redis | undefined;
  /** Prefix of the per-account counters under the client's own, e.g. `login-attempts:`. */
  keyPrefix: string;
  /** Sign-in attempts per account without a success before it is locked. Default 10. */
  maxAttempts?: number;
  /** How long attempts are remembered, and how long a lock lasts. Default 15 minutes. */
  lockMs?: number;
}

/**
 * Per-account limit on password guessing, beside the per-address one: an attacker with many
 * addresses gets `maxAttempts` guesses per account and `lockMs`, wherever they come from.
 *
 * Call `attempt(email)` before looking the account up, `succeeded(email)` after a good password.
 * Attempts are counted when they start, so concurrent guesses cannot all slip in before the
 * first failure is recorded; a success clears the count. Unknown e-mails are counted the same
 * way, so the answers (a 401, then 429 with Retry-After, never a password check while locked)
 * and their timing say nothing about whether an account exists. Counters are keyed by a SHA-256
 * of the normalised e-mail: Redis never holds the addresses themselves.
 */
export interface LoginThrottle {
  /** Counts one attempt; rejects with TooManyRequests (429, Retry-After) while locked. */
  attempt(email: string): Promise<void>;
  /** Clears the account's count after a correct password. */
  succeeded(email: string): Promise<void>;
}

export const ACCOUNT_LOCKED_MESSAGE =
  'Too many unsuccessful sign-ins for this account; please try again later.';
const DEFAULT_MAX_ATTEMPTS = 10;
const DEFAULT_LOCK_MS = 15 * 60_000;

// The first attempt opens the window; the first refused one restarts it, so a lock lasts lockMs
// from the moment it begins. Sent with EVAL, so a restarted Redis never answers NOSCRIPT.
const ATTEMPT_SCRIPT = `
local attempts = redis.call('INCR', KEYS[1])
if attempts == 1 or attempts == tonumber(ARGV[2]) + 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return { attempts, redis.call('PTTL', KEYS[1]) }`;

interface Counted {
  attempts: number;
  remainingMs: number;
}

export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

export function createLoginThrottle(options: LoginThrottleOptions): LoginThrottle {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  const counter = options.redis
    ? redisCounter(options.redis, options.keyPrefix, maxAttempts, lockMs)
    : memoryCounter(maxAttempts, lockMs);
  return {
    async attempt(email) {
      const { attempts, remainingMs } = await counter.count(accountKey(email));
      if (attempts > maxAttempts) {
        throw new TooManyRequests(ACCOUNT_LOCKED_MESSAGE, {
          code: 'ACCOUNT_LOCKED',
          retryAfterSeconds: remainingMs / 1000,
        });
      }
    },
    succeeded: (email) => counter.clear(accountKey(email)),
  };
}

interface AttemptCounter {
  count(key: string): Promise<Counted>;
  clear(key: string): Promise<void>;
}

function redisCounter(
  redis: Redis,
  prefix: string,
  maxAttempts: number,
  lockMs: number,
): AttemptCounter {
  return {
    async count(key) {
      const reply = await redis.call(
        'EVAL',
        ATTEMPT_SCRIPT,
        '1',
        prefix + key,
        String(lockMs),
        String(maxAttempts),
      );
      if (!Array.isArray(reply) || typeof reply[0] !== 'number' || typeof reply[1] !== 'number') {
        throw new TypeError('unexpected reply from the login attempt script');
      }
      return { attempts: reply[0], remainingMs: Math.max(0, reply[1]) };
    },
    async clear(key) {
      await redis.del(prefix + key);
    },
  };
}

/** The same rules in one process' memory, for REDIS_URL=memory:// (one instance only). */
function memoryCounter(maxAttempts: number, lockMs: number): AttemptCounter {
  const counts = new Map<string, { attempts: number; until: number }>();
  return {
    async count(key) {
      const now = Date.now();
      const known = counts.get(key);
      const current = known && known.until > now ? known : { attempts: 0, until: now + lockMs };
      current.attempts += 1;
      if (current.attempts === maxAttempts + 1) current.until = now + lockMs;
      counts.set(key, current);
      // Forget expired accounts now and then, so the map cannot grow without bound.
      if (counts.size > 10_000) {
        for (const [other, entry] of counts) if (entry.until <= now) counts.delete(other);
      }
      return { attempts: current.attempts, remainingMs: current.until - now };
    },
    async clear(key) {
      counts.delete(key);
    },
  };
}
