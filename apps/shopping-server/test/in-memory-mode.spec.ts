import { Writable } from 'node:stream';
import { IN_PROCESS_STATE_WARNING } from '@aneis/http';
import { createLogger } from '@aneis/logging';
import request from 'supertest';
import {
  createCustomer,
  loginAgent,
  PASSWORD,
  seedProduct,
  seedReferenceData,
} from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

// REDIS_URL=memory:// (a laptop without Redis): sessions, rate limits and cache in-process.
const harness = useShopHarness();
const MEMORY = { REDIS_URL: 'memory://' };
let shop: RunningShop;
let refs: Awaited<ReturnType<typeof seedReferenceData>>;
const logLines: string[] = [];

beforeAll(async () => {
  refs = await seedReferenceData(harness.models);
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  shop = await harness.start({
    env: { ...MEMORY, AUTH_RATE_LIMIT_PER_MINUTE: '3' },
    deps: { logger: createLogger({ service: 'memory-test', level: 'warn', stream }) },
  });
});

describe('shopping server with REDIS_URL=memory://', () => {
  it('when it starts, then it warns once that its state is in-process and is ready without Redis', async () => {
    expect(shop.redis).toBeUndefined();
    expect(logLines.filter((line) => line.includes(IN_PROCESS_STATE_WARNING))).toHaveLength(1);
    const ready = await request(shop.server).get('/readyz').expect(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { mongo: 'ok' } });
  });

  it('when a shopper logs in and fills the cart, then the in-process session carries it', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Memory Ring' });
    await createCustomer(harness.models, 'memory@example.com');
    const agent = await loginAgent(shop, 'memory@example.com');
    await agent
      .post('/shopping/addToCart')
      .send([{ product: String(product._id), counts: 2 }])
      .expect(200);
    const cart = await agent.get('/shopping/getCart').expect(200);
    expect(cart.body.responseData.items).toHaveLength(1);
    expect(cart.body.responseData.items[0].counts).toBe(2);
    expect((await agent.get('/security/isLoggedIn')).body).toBe(true);
  });

  it('when the catalogue is searched, then answers come straight from MongoDB (no cache to go stale)', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Uncached Opal' });
    const search = () =>
      request(shop.server)
        .post('/catalog/search')
        .send({ searchTerm: 'Opal', pagingOptions: { page: 1, limit: 10 } })
        .expect(200);
    expect((await search()).body.responseData.docs.map((d: { name: string }) => d.name)).toEqual([
      'Uncached Opal',
    ]);
    await harness.models.Product.updateOne({ _id: product._id }, { name: 'Renamed Opal' });
    expect((await search()).body.responseData.docs.map((d: { name: string }) => d.name)).toEqual([
      'Renamed Opal',
    ]);
  });

  it('when logins exceed the auth limit, then the in-process limiter answers 429', async () => {
    await createCustomer(harness.models, 'limited@example.com');
    const attempt = () =>
      request(shop.server)
        .post('/security/login')
        .send({ email: 'limited@example.com', password: `${PASSWORD}-wrong` });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await attempt()).status);
    expect(statuses).toContain(429);
    expect(statuses.indexOf(429)).toBeGreaterThan(0);
  });

  it('when requests exceed the general limit, then 429 too', async () => {
    const limited = await harness.start({ env: { ...MEMORY, RATE_LIMIT_PER_MINUTE: '3' } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push(
        (
          await request(limited.server)
            .post('/catalog/search')
            .send({ pagingOptions: { page: 1, limit: 1 } })
        ).status,
      );
    }
    expect(statuses.slice(0, 3).every((status) => status !== 429)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});
