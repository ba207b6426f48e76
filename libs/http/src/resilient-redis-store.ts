import type { IncrementResponse } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore } from 'rate-limit-redis';
import { createTurnBatcher } from './redis-turn-batcher.js';

interface Estimate {
  totalHits: number;
  resetMs: number;
}

/** Clients whose counts this process remembers at most; the oldest are forgotten first. */
const MAX_ESTIMATES = 10_000;

/**
 * The Redis store behind every limiter, with three additions:
 *
 * - Self-healing scripts. rate-limit-redis loads its Lua scripts once, when the limiter is
 *   created, and keeps the promise; if Redis was unreachable then, every later request would
 *   fail (open) forever. This store reloads them on the next request after any failure.
 * - Batched commands: the increments of one event-loop turn go to Redis as one pipeline.
 * - No waiting far below the limit. Every hit is still counted in Redis, but a client whose
 *   last known count (Redis' answer plus this process' hits since) is under half its limit
 *   passes at once while its increment travels; from half the limit on, each request waits
 *   for Redis' exact count. Hits on other replicas since the last answer go unseen, so a client
 *   could only slip past the limit if the other replicas served it more than half its limit
 *   within one Redis round trip.
 */
export class ResilientRedisStore extends RedisStore {
  private scriptsMayBeStale = false;
  private readonly estimates = new Map<string, Estimate>();

  /** @param unhurriedBelow counts under which a request does not wait (half the limit). */
  constructor(
    redis: Redis,
    prefix: string,
    commandTimeoutMs: number,
    private readonly unhurriedBelow = 0,
  ) {
    const send = createTurnBatcher(redis);
    super({
      prefix,
      sendCommand: (...args: string[]) => withTimeout(send(args), commandTimeoutMs),
    });
  }

  override async increment(key: string): Promise<IncrementResponse> {
    const known = this.estimates.get(key);
    if (known && known.resetMs > Date.now() && known.totalHits < this.unhurriedBelow) {
      known.totalHits += 1;
      const answer = { totalHits: known.totalHits, resetTime: new Date(known.resetMs) };
      // The next request waits for Redis again (and fails open there if it must).
      this.countInRedis(key).catch(() => this.estimates.delete(key));
      return answer;
    }
    return this.countInRedis(key);
  }

  override async resetKey(key: string): Promise<void> {
    this.estimates.delete(key);
    await super.resetKey(key);
  }

  private async countInRedis(key: string): Promise<IncrementResponse> {
    if (this.scriptsMayBeStale) {
      this.scriptsMayBeStale = false;
      this.incrementScriptSha = this.loadIncrementScript();
      this.getScriptSha = this.loadGetScript();
      // Only increment awaits these; the read script failing must not become an unhandled rejection.
      this.getScriptSha.catch(() => undefined);
    }
    let counted: IncrementResponse;
    try {
      counted = await super.increment(key);
    } catch (error) {
      this.scriptsMayBeStale = true;
      throw error;
    }
    if (this.unhurriedBelow > 0) this.remember(key, counted);
    return counted;
  }

  private remember(key: string, counted: IncrementResponse): void {
    const now = Date.now();
    const previous = this.estimates.get(key);
    // Hits of this process may be in flight: an answer never lowers what we already counted
    // within the same window.
    const totalHits =
      previous && previous.resetMs > now
        ? Math.max(previous.totalHits, counted.totalHits)
        : counted.totalHits;
    this.estimates.delete(key);
    this.estimates.set(key, {
      totalHits,
      resetMs: counted.resetTime?.getTime() ?? now + (this.windowMs ?? 0),
    });
    if (this.estimates.size > MAX_ESTIMATES) {
      const oldest = this.estimates.keys().next();
      if (!oldest.done) this.estimates.delete(oldest.value);
    }
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
