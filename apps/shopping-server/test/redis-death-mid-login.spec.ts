import { hashPassword } from '@aneis/auth';
import { OwnRedisServer } from '@aneis/testing';
import { Types } from 'mongoose';
import request from 'supertest';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
const EMAIL = 'mid-login@example.com';
const PASSWORD = 'mid-login-pass-1';
let redis: OwnRedisServer;
let shop: RunningShop;

beforeAll(async () => {
  // A costly stored hash (cost 14: about a second here, never under a few hundred ms) keeps
  // the login inside its password check long enough for Redis to die there.
  await harness.models.Customer.create({
    email: EMAIL,
    password: await hashPassword(PASSWORD, 14),
    name: 'Mid Login',
    referral_token: new Types.ObjectId().toHexString().slice(-8),
    addresses: [],
  });
  // A Redis of this file's own: the shared one is never stopped.
  redis = await OwnRedisServer.start();
  shop = await harness.start({ redisUrl: redis.url });
});

afterAll(async () => {
  await redis.stop();
});

describe('when Redis dies while a login checks the password', () => {
  it('then saving the new session answers 503 with Retry-After, not 500', async () => {
    const client = shop.redis ?? expect.fail('no Redis client');
    const answer = request(shop.server)
      .post('/security/login')
      .set('X-Forwarded-For', '192.0.2.77')
      .send({ email: EMAIL, password: PASSWORD })
      .then((res) => res);
    // The attempt is counted in Redis just before the password check starts.
    await vi.waitFor(
      async () => expect(await client.keys('*login-attempts*')).not.toHaveLength(0),
      { timeout: 10_000, interval: 10 },
    );
    await redis.stop();

    const res = await answer;
    expect(res.status, res.text).toBe(503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // A cookie naming the session that was never stored would only confuse the next request.
    expect(res.headers['set-cookie']).toBeUndefined();

    await redis.restart();
    await vi.waitFor(
      async () => {
        const again = await request(shop.server)
          .post('/security/login')
          .set('X-Forwarded-For', '192.0.2.78')
          .send({ email: EMAIL, password: PASSWORD });
        expect(again.status).toBe(200);
      },
      { timeout: 15_000, interval: 100 },
    );
  });
});
