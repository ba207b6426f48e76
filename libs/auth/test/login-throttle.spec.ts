import { randomUUID } from 'node:crypto';
import { isAppError } from '@aneis/errors';
import { Redis } from 'ioredis';
import { ACCOUNT_LOCKED_MESSAGE, createLoginThrottle, type LoginThrottle } from '../src/index.js';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** What `attempt` answered: 'ok', or the refusal's status and Retry-After. */
async function outcome(throttle: LoginThrottle, email: string) {
  try {
    await throttle.attempt(email);
    return 'ok';
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { status: error.status, message: error.message, retry: error.retryAfterSeconds };
  }
}

describe.each([
  ['in Redis', true],
  ['in this process (REDIS_URL=memory://)', false],
])('createLoginThrottle, counted %s', (_where, withRedis) => {
  const prefix = `test:${randomUUID()}:login-attempts:`;
  let redis: Redis | undefined;
  let throttle: LoginThrottle;

  beforeAll(() => {
    redis = withRedis ? new Redis(REDIS_URL) : undefined;
    throttle = createLoginThrottle({ redis, keyPrefix: prefix, maxAttempts: 3, lockMs: 60_000 });
  });

  afterAll(async () => {
    if (!redis) return;
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('when an account gets more attempts than allowed, then the next is refused with 429 and Retry-After, known or not', async () => {
    for (const email of ['known@example.com', 'nobody-here@example.com']) {
      for (let i = 0; i < 3; i += 1) expect(await outcome(throttle, email)).toBe('ok');
      const refused = await outcome(throttle, email);
      expect(refused).toEqual({ status: 429, message: ACCOUNT_LOCKED_MESSAGE, retry: 60 });
    }
  });

  it('when the same address is written differently, then it is the same account', async () => {
    for (let i = 0; i < 3; i += 1) await throttle.attempt(' Mixed@Example.com');
    expect(await outcome(throttle, 'mixed@example.com')).toMatchObject({ status: 429 });
  });

  it('when a correct password comes before the lock, then the count starts over', async () => {
    await throttle.attempt('forgetful@example.com');
    await throttle.attempt('forgetful@example.com');
    await throttle.succeeded('forgetful@example.com');
    for (let i = 0; i < 3; i += 1)
      expect(await outcome(throttle, 'forgetful@example.com')).toBe('ok');
  });

  it('when attempts are counted in Redis, then its keys hold a hash, never the e-mail', async () => {
    if (!redis) return;
    await throttle.attempt('private@example.com');
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(new RegExp(`^${prefix}[0-9a-f]{64}$`));
  });
});
