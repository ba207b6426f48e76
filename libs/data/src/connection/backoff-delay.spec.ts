import { backoffDelayMs } from './backoff-delay.js';

const steps = { initialDelayMs: 100, maxDelayMs: 1_000 };

describe('backoffDelayMs', () => {
  it('when retries go on, then the step doubles each time up to the ceiling', () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelayMs(retry, steps, top))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
  });

  it('when jitter is drawn, then the delay stays within the upper half of the step', () => {
    expect(backoffDelayMs(3, steps, () => 0)).toBe(200);
    expect(backoffDelayMs(3, steps, () => 0.5)).toBe(300);
    for (let i = 0; i < 100; i += 1) {
      const delay = backoffDelayMs(3, steps);
      expect(delay).toBeGreaterThanOrEqual(200);
      expect(delay).toBeLessThanOrEqual(400);
    }
  });
});
