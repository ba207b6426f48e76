import { isRedisBreakerOpen } from '@aneis/cache';
import { OwnRedisServer } from '@aneis/testing';
import request from 'supertest';
import {
  createCustomer,
  loginAgent,
  PASSWORD,
  seedProduct,
  seedReferenceData,
} from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
const paging = { page: 1, limit: 10 };
let redis: OwnRedisServer;
let shop: RunningShop;
let productUrl: string;

beforeAll(async () => {
  const refs = await seedReferenceData(harness.models);
  const product = await seedProduct(harness.models, refs, { name: 'Outage Ring' });
  productUrl = `/catalog/getProductDetails?productId=${String(product._id)}`;
  await createCustomer(harness.models, 'outage@example.com');
  // A Redis of this file's own: the shared one is never stopped or frozen.
  redis = await OwnRedisServer.start();
  shop = await harness.start({ redisUrl: redis.url });
});

afterAll(async () => {
  await redis.stop();
});

function expectRetryLater(res: request.Response, what: string): void {
  expect(res.status, what).toBe(503);
  expect(Number(res.headers['retry-after']), what).toBeGreaterThanOrEqual(1);
  expect(res.body.status, what).toBe('failed');
}

const login = () =>
  request(shop.server)
    .post('/security/login')
    .set('X-Forwarded-For', '192.0.2.10')
    .send({ email: 'outage@example.com', password: PASSWORD });

describe('when Redis is stopped', () => {
  it('then session, cart and login routes answer 503 with Retry-After, the catalogue answers from MongoDB, and all is back within 2 s of Redis', async () => {
    const agent = await loginAgent(shop, 'outage@example.com');
    await agent.get('/shopping/getCart').expect(200);
    await redis.stop();

    expectRetryLater(await agent.get('/shopping/getCart'), 'cart');
    expectRetryLater(await agent.get('/security/isLoggedIn'), 'session');
    expectRetryLater(await login(), 'login');
    const details = await request(shop.server).get(productUrl).expect(200);
    expect(details.body.responseData.name).toBe('Outage Ring');
    await request(shop.server).post('/catalog/search').send({ pagingOptions: paging }).expect(200);
    await request(shop.server).get('/healthz').expect(200);

    await redis.restart();
    // A restarted Redis is empty: the old session is gone, a new login works.
    await vi.waitFor(async () => expect((await login()).status).toBe(200), {
      timeout: 2_000,
      interval: 50,
    });
  });
});

describe('when Redis freezes', () => {
  it('then the catalogue keeps answering once the breaker opens, session routes answer 503, and they recover when Redis goes on', async () => {
    await redis.restart();
    const agent = await loginAgent(shop, 'outage@example.com');
    await agent.get('/shopping/getCart').expect(200);
    redis.freeze();
    try {
      // The first reads wait out one deadline each; then the breaker answers for Redis.
      for (let i = 0; i < 40; i += 1) {
        const res = await request(shop.server).get(productUrl);
        expect(res.status).toBe(200);
      }
      expect(isRedisBreakerOpen(shop.redis ?? expect.fail('no Redis client'))).toBe(true);
      await request(shop.server)
        .post('/catalog/search')
        .send({ pagingOptions: paging })
        .expect(200);
      expectRetryLater(await agent.get('/shopping/getCart'), 'cart');
      expectRetryLater(await login(), 'login');
    } finally {
      redis.thaw();
    }
    // Frozen, not lost: the same session works again.
    await vi.waitFor(async () => expect((await agent.get('/shopping/getCart')).status).toBe(200), {
      timeout: 2_000,
      interval: 50,
    });
    expect(isRedisBreakerOpen(shop.redis ?? expect.fail('no Redis client'))).toBe(false);
  });
});
