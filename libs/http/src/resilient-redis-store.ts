import type { IncrementResponse } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore } from 'rate-limit-redis';

type RedisReply = boolean | number | string | Array<boolean | number | string>;

/**
 * rate-limit-redis loads its Lua scripts once, when the limiter is created, and keeps the
 * promise. If Redis was unreachable at that moment the promise stays rejected and every later
 * request fails (open) forever, even after Redis is back. This store reloads the scripts on the
 * next request after any failure, so limiting resumes by itself.
 */
export class ResilientRedisStore extends RedisStore {
  private scriptsMayBeStale = false;

  constructor(redis: Redis, prefix: string, commandTimeoutMs: number) {
    super({
      prefix,
      sendCommand: (...args: string[]) =>
        withTimeout(
          redis.call(args[0] ?? '', args.slice(1)) as Promise<RedisReply>,
          commandTimeoutMs,
        ),
    });
  }

  override async increment(key: string): Promise<IncrementResponse> {
    if (this.scriptsMayBeStale) {
      this.scriptsMayBeStale = false;
      this.incrementScriptSha = this.loadIncrementScript();
      this.getScriptSha = this.loadGetScript();
      // Only increment awaits these; the read script failing must not become an unhandled rejection.
      this.getScriptSha.catch(() => undefined);
    }
    try {
      return await super.increment(key);
    } catch (error) {
      this.scriptsMayBeStale = true;
      throw error;
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
