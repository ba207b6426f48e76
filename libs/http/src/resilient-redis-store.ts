import type { IncrementResponse, Options, Store } from 'express-rate-limit';
import type { Redis } from 'ioredis';

type RedisReply = unknown;

interface Estimate {
  totalHits: number;
  resetMs: number;
  /** Hits this process let through and has not told Redis about yet. */
  unsent: number;
}

/** Clients whose counts this process remembers at most; the oldest are forgotten first. */
const MAX_ESTIMATES = 10_000;
/** How long hits far below a limit may wait before Redis hears of them. */
export const POOLED_HITS_FLUSH_MS = 100;

// Adds N hits and starts the window on the first; sent with EVAL (Redis caches the compiled
// script by its hash), so a restarted or failed-over Redis never answers NOSCRIPT.
const HIT_SCRIPT = `
local total = redis.call('INCRBY', KEYS[1], ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl <= 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { total, ttl }`;

/**
 * The Redis store behind every limiter: one counter per client and window, fixed windows.
 *
 * - Near its limit, a client's request waits for Redis' exact count, so every replica refuses
 *   the same request N+1.
 * - Far below it (under half the limit, by Redis' last answer plus this process' hits since),
 *   a request passes at once and its hit is pooled with the client's others: one INCRBY per
 *   client every POOLED_HITS_FLUSH_MS instead of one script call per request. Every hit is still
 *   counted in Redis; what another replica served meanwhile is seen at the next answer, so a
 *   client could only slip past its limit by getting more than half of it served by the other
 *   replicas within that interval.
 * - None of its commands may take longer than `commandTimeoutMs`: a Redis that hangs or
 *   reconnects makes the limiter's answer an error at once, which the general limiter turns into
 *   "let it pass" (and logs) instead of holding requests. On a client from `createRedisClient`
 *   (auto-pipelining on) the commands of one event-loop turn travel as one pipeline.
 */
export class ResilientRedisStore implements Store {
  readonly localKeys = false;
  windowMs = 60_000;
  private readonly estimates = new Map<string, Estimate>();
  private flushTimer: NodeJS.Timeout | undefined;

  /** @param unhurriedBelow counts under which a request does not wait (half the limit). */
  constructor(
    private readonly redis: Redis,
    readonly prefix: string,
    private readonly commandTimeoutMs: number,
    private readonly unhurriedBelow = 0,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  /** Answers at once (no promise) for a pooled hit, which is most requests of a normal client. */
  increment(key: string): IncrementResponse | Promise<IncrementResponse> {
    const known = this.estimates.get(key);
    const current = known !== undefined && known.resetMs > Date.now() ? known : undefined;
    if (current && current.totalHits < this.unhurriedBelow) {
      current.totalHits += 1;
      current.unsent += 1;
      this.scheduleFlush();
      return { totalHits: current.totalHits, resetTime: new Date(current.resetMs) };
    }
    // Pooled hits of the current window travel with this one; an old window's are moot.
    const unsent = current?.unsent ?? 0;
    if (known) known.unsent = 0;
    return this.countInRedis(key, 1 + unsent);
  }

  async decrement(key: string): Promise<void> {
    await this.command(['DECR', this.prefix + key]);
  }

  async resetKey(key: string): Promise<void> {
    this.estimates.delete(key);
    await this.command(['DEL', this.prefix + key]);
  }

  private async countInRedis(key: string, hits: number): Promise<IncrementResponse> {
    let reply: RedisReply;
    try {
      reply = await this.command([
        'EVAL',
        HIT_SCRIPT,
        '1',
        this.prefix + key,
        String(this.windowMs),
        String(hits),
      ]);
    } catch (error) {
      // The next request for this client waits for Redis again (and fails open there if it must).
      this.estimates.delete(key);
      throw error;
    }
    if (!Array.isArray(reply) || typeof reply[0] !== 'number' || typeof reply[1] !== 'number') {
      throw new TypeError('unexpected reply from the rate-limit script');
    }
    const counted = { totalHits: reply[0], resetTime: new Date(Date.now() + reply[1]) };
    if (this.unhurriedBelow > 0) this.remember(key, counted);
    return counted;
  }

  private scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      for (const [key, estimate] of this.estimates) {
        if (estimate.unsent === 0) continue;
        const hits = estimate.unsent;
        estimate.unsent = 0;
        this.countInRedis(key, hits).catch(() => undefined);
      }
    }, POOLED_HITS_FLUSH_MS);
    // Pending hits never keep a stopping process alive.
    this.flushTimer.unref();
  }

  private remember(key: string, counted: IncrementResponse): void {
    const now = Date.now();
    const previous = this.estimates.get(key);
    const resetMs = counted.resetTime?.getTime() ?? now + this.windowMs;
    const sameWindow = previous !== undefined && previous.resetMs > now;
    // Hits of this process may be in flight or pooled: an answer never lowers what we already
    // counted within the same window.
    const totalHits = sameWindow
      ? Math.max(previous.totalHits, counted.totalHits + previous.unsent)
      : counted.totalHits;
    this.estimates.delete(key);
    this.estimates.set(key, { totalHits, resetMs, unsent: sameWindow ? previous.unsent : 0 });
    if (this.estimates.size > MAX_ESTIMATES) {
      const oldest = this.estimates.keys().next();
      if (!oldest.done) this.estimates.delete(oldest.value);
    }
  }

  private command([name, ...args]: readonly [string, ...string[]]): Promise<RedisReply> {
    return withTimeout(this.redis.call(name, ...args), this.commandTimeoutMs);
  }
}

// A Redis client that is reconnecting queues commands (ioredis' offline queue) instead of failing;
// a request must not wait for that, so the limiter gives up and lets it pass.
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`rate-limit store did not answer within ${ms} ms`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
