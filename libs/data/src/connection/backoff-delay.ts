export interface BackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
}

/**
 * Delay before retry number `retry` (1-based): exponential, capped, with "equal jitter" (a
 * random point in the upper half of the step) so that several servers restarting together do
 * not hammer the database in lock-step, while each wait stays at least half the nominal step.
 */
export function backoffDelayMs(
  retry: number,
  { initialDelayMs, maxDelayMs }: BackoffOptions,
  random: () => number = Math.random,
): number {
  const nominal = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.max(0, retry - 1));
  const half = nominal / 2;
  return Math.round(half + random() * half);
}
