import { isAppError } from '@aneis/errors';
import { createPasswordPool, PasswordHashingBusy } from './password-pool.js';

describe('createPasswordPool', () => {
  it('when more hashes arrive than its threads and queue hold, then the extra one is refused before any finishes', async () => {
    const pool = createPasswordPool({ threads: 1, maxQueued: 1 });
    const settled: string[] = [];
    const track = (name: string, work: Promise<unknown>) =>
      work.then(
        () => settled.push(`${name} done`),
        (error: unknown) => {
          settled.push(`${name} refused`);
          throw error;
        },
      );
    try {
      const first = track('first', pool.hash('one', 10));
      const second = track('second', pool.hash('two', 10));
      const third = track('third', pool.hash('three', 10));
      expect(pool.pending).toBe(2);
      expect(() => pool.assertRoom()).toThrow(PasswordHashingBusy);
      const refusal = await third.catch((error: unknown) => error);
      await Promise.all([first, second]);
      expect(settled).toEqual(['third refused', 'first done', 'second done']);
      expect(refusal).toBeInstanceOf(PasswordHashingBusy);
      expect(isAppError(refusal) && refusal.status).toBe(503);
      expect(isAppError(refusal) && refusal.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(pool.pending).toBe(0);
      // Room again once the queue drained.
      expect(() => pool.assertRoom()).not.toThrow();
      await expect(pool.hash('four', 10)).resolves.toMatch(/^\$2b\$10\$/);
    } finally {
      await pool.close();
    }
  });

  it('when the options make no sense, then the pool is refused', () => {
    expect(() => createPasswordPool({ threads: 0 })).toThrow(RangeError);
    expect(() => createPasswordPool({ threads: 1, maxQueued: -1 })).toThrow(RangeError);
  });
});
