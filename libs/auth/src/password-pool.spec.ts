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
      expect(isAppError(refusal) && refusal.status).toBe(429);
      expect(isAppError(refusal) && refusal.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(pool.pending).toBe(0);
      // Room again once the queue drained.
      expect(() => pool.assertRoom()).not.toThrow();
      await expect(pool.hash('four', 10)).resolves.toMatch(/^\$2b\$10\$/);
    } finally {
      await pool.close();
    }
  });

  it('when the queue is short but its estimated wait is longer than the limit, then the newcomer is refused', async () => {
    // Before any hash has finished, a hash is reckoned at 300 ms: with one thread, the second
    // hash waits ~300 ms and the third ~600 ms, over the 500 ms limit, although the count cap
    // (1 + 100) is far away.
    const pool = createPasswordPool({ threads: 1, maxQueued: 100, maxWaitMs: 500 });
    try {
      const first = pool.hash('one', 10);
      const second = pool.hash('two', 10);
      const refusal = await pool.hash('three', 10).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(PasswordHashingBusy);
      // Told to come back once the two ahead and its own turn are through: ~0.9 s, rounded up.
      expect(isAppError(refusal) && refusal.retryAfterSeconds).toBe(1);
      await expect(Promise.all([first, second])).resolves.toHaveLength(2);
      expect(pool.estimatedWaitMs()).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('when logins take their places before their database work, then the ones beyond the cap are refused before any hash starts', async () => {
    const pool = createPasswordPool({ threads: 1, maxQueued: 1 });
    try {
      // Two logins admitted, still reading the database: no hash submitted yet, yet the pool is full.
      const first = pool.admit();
      const second = pool.admit();
      expect(pool.pending).toBe(2);
      expect(() => pool.admit()).toThrow(PasswordHashingBusy);
      expect(() => pool.assertRoom()).toThrow(PasswordHashingBusy);

      // The first hashes in its own place (no second place asked for), and gives it back after.
      const hashed = pool.hash('one', 10, first);
      expect(pool.pending).toBe(2);
      await expect(hashed).resolves.toMatch(/^\$2b\$10\$/);
      expect(pool.pending).toBe(1);
      // The second ended before hashing (a wrong e-mail format, a 429): released, twice harmlessly.
      second.release();
      second.release();
      expect(pool.pending).toBe(0);
      // A used admission is not a place any more: a hash with it asks for one of its own.
      const again = pool.hash('two', 10, first);
      expect(pool.pending).toBe(1);
      await again;
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('when the first hash has finished, then its time replaces the assumed one', async () => {
    // Assumed 10 s per hash: a second hash would wait 10 s, over the 5 s limit.
    const pool = createPasswordPool({
      threads: 1,
      maxQueued: 10,
      maxWaitMs: 5_000,
      firstEstimateMs: 10_000,
    });
    try {
      const first = pool.hash('one', 10);
      await expect(pool.hash('two', 10)).rejects.toBeInstanceOf(PasswordHashingBusy);
      await first;
      // Measured: a cost-10 hash takes well under 5 s, so the same wait is now within the limit.
      expect(pool.estimatedWaitMs()).toBe(0);
      const running = pool.hash('three', 10);
      await expect(pool.hash('four', 10)).resolves.toMatch(/^\$2b\$10\$/);
      await running;
    } finally {
      await pool.close();
    }
  });

  it('when the options make no sense, then the pool is refused', () => {
    expect(() => createPasswordPool({ threads: 0 })).toThrow(RangeError);
    expect(() => createPasswordPool({ threads: 1, maxQueued: -1 })).toThrow(RangeError);
    expect(() => createPasswordPool({ threads: 1, maxWaitMs: Number.NaN })).toThrow(RangeError);
  });
});
