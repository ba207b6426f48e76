import type { IncrementResponse, Store } from 'express-rate-limit';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Logger } from 'winston';
import { rateLimitLogger } from '../rate-limit.js';
import { boundedMemo } from './bounded-memo.js';
import { isPromiseLike } from './promise-like.js';

export interface LaneRateLimit {
  /** The very store the Express limiter counts in, so both entrances share each client's count. */
  store: Store;
  limit: number;
  windowMs: number;
  keyPrefix: string;
  message: string;
}

export interface GateAnswer {
  allowed: boolean;
  /** Header name/value pairs to send whatever the answer (draft-7, plus Retry-After when refused). */
  headers: string[];
}

/** Client addresses whose rate-limit key is remembered (an IPv6 address costs a parse). */
const REMEMBERED_KEYS = 1024;

/**
 * express-rate-limit's decision for one request, without its middleware around it: the same key
 * (the client address, IPv6 grouped by /56), the same store, the same draft-7 headers, and the
 * same fail-open policy when the store cannot answer. When the store answers at once (a hit
 * pooled in this process), so does the gate: no promise, no extra turn.
 */
export function createRateLimitGate(
  options: LaneRateLimit,
  logger: Logger,
): (clientAddress: string) => GateAnswer | Promise<GateAnswer> {
  const { store, limit, windowMs } = options;
  const windowSeconds = Math.ceil(windowMs / 1000);
  const policy = `${limit};w=${windowSeconds}`;
  const warn = rateLimitLogger(logger, options.keyPrefix);
  const keyOf = boundedMemo(REMEMBERED_KEYS, ipKeyGenerator);

  function failOpen(error: unknown): GateAnswer {
    warn.error(
      error,
      'express-rate-limit: error from store, allowing request without rate-limiting.',
    );
    return { allowed: true, headers: [] };
  }

  function decide(counted: IncrementResponse): GateAnswer {
    const reset = counted.resetTime
      ? Math.max(0, Math.ceil((counted.resetTime.getTime() - Date.now()) / 1000))
      : windowSeconds;
    const remaining = Math.max(limit - counted.totalHits, 0);
    const headers = [
      'RateLimit-Policy',
      policy,
      'RateLimit',
      `limit=${limit}, remaining=${remaining}, reset=${reset}`,
    ];
    if (counted.totalHits <= limit) return { allowed: true, headers };
    headers.push('Retry-After', String(reset));
    return { allowed: false, headers };
  }

  return (clientAddress) => {
    let counted: IncrementResponse | Promise<IncrementResponse>;
    try {
      counted = store.increment(keyOf(clientAddress));
    } catch (error) {
      return failOpen(error);
    }
    return isPromiseLike(counted)
      ? Promise.resolve(counted).then(decide, failOpen)
      : decide(counted);
  };
}
