import { reconnectDelay, reconnectDelayBounds } from './reconnect-delay.js';

const { firstDelayMs, maxDelayMs, maxJitterMs } = reconnectDelayBounds;
const noJitter = () => 0;

describe('reconnectDelay', () => {
  it('when attempts go on, then the delay doubles from the first delay', () => {
    expect([1, 2, 3].map((attempt) => reconnectDelay(attempt, noJitter))).toEqual([
      firstDelayMs,
      firstDelayMs * 2,
      firstDelayMs * 4,
    ]);
  });

  it('when Redis stays away for a very long time, then the delay stays capped and is still a number', () => {
    for (const attempt of [20, 1_000, 1_000_000]) {
      const delay = reconnectDelay(attempt, () => 0.999);
      expect(Number.isFinite(delay)).toBe(true);
      expect(delay).toBeLessThan(maxDelayMs + maxJitterMs);
      expect(delay).toBeGreaterThanOrEqual(maxDelayMs);
    }
  });

  it('when jitter is drawn, then it adds less than the jitter bound', () => {
    expect(reconnectDelay(1, () => 0.5)).toBe(firstDelayMs + Math.floor(maxJitterMs / 2));
  });
});
