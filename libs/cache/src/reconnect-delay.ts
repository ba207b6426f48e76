const firstDelayMs = 100;
const maxDelayMs = 1_000;
const maxJitterMs = 250;

/**
 * Milliseconds to wait before reconnect attempt `attempt` (1-based): doubling from 100 ms, capped
 * at 1 s, plus jitter so a fleet of pods does not hammer a recovering Redis in lockstep. The cap
 * bounds how long the shop stays degraded after Redis is back (at most ~1.25 s plus the
 * connection), and one attempt per second per pod costs a recovering Redis little.
 * It always returns a number: ioredis stops reconnecting for good when the strategy returns
 * anything else, and a server that outlives a Redis restart must find it again on its own.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const backoff = Math.min(firstDelayMs * 2 ** exponent, maxDelayMs);
  return backoff + Math.floor(random() * maxJitterMs);
}

export const reconnectDelayBounds = { firstDelayMs, maxDelayMs, maxJitterMs } as const;
