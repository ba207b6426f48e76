import { MAX_LINE_COUNT } from '@aneis/contracts';
import { OwnRedisServer } from '@aneis/testing';
import request from 'supertest';
import { GUEST_CART_FULL_MESSAGE, MAX_GUEST_CART_LINES } from '../src/cart/guest-cart.js';
import { createCustomer, loginAgent, PASSWORD, seedProduct } from './support/seed.js';
import type { RunningShop } from './support/shop-harness.js';
import { useSeededShop } from './support/seeded-shop.js';

const { harness, shop, refs } = useSeededShop();

const sizes = {
  customizations: [{ type: 'Array' as const, name: 'Size', key: 'Size', values: ['9', '10'] }],
};

type Line = { product: { _id: string }; counts: number; customizations?: Record<string, string> };

function linesOf(res: request.Response): Line[] {
  return res.body.responseData.items as Line[];
}

function sessionCookie(res: request.Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies[0]?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

describe('guest cart', () => {
  it('when a guest without a cookie reads the cart, then it is empty and no session is made', async () => {
    const res = await request(shop.server).get('/shopping/getCart').expect(200);
    expect(res.body.responseData).toEqual({
      items: [],
      totalWeight: { quantity: 0, unit: 'LB' },
      subTotalPrice: { amount: 0, currency: 'USD' },
    });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('when a guest adds, updates and removes lines, then the session cart is priced from the catalogue like an account’s', async () => {
    const product = await seedProduct(harness.models, refs, { customizationOptions: sizes });
    const id = String(product._id);
    const guest = request.agent(shop.server);
    await guest
      .post('/shopping/addToCart')
      .send([{ product: id, customizations: { Size: '10' } }])
      .expect(200);
    const added = await guest
      .post('/shopping/addToCart')
      .send([{ product: id, counts: 2, customizations: { Size: '10' }, price: 1 }])
      .expect(200);
    expect(linesOf(added)).toHaveLength(1);
    expect(added.body.responseData.subTotalPrice).toEqual({ amount: 83.97, currency: 'USD' });

    // The price changes in the catalogue: the guest's next read follows it.
    await harness.models.Product.updateOne({ _id: product._id }, { $set: { 'price.cents': 1000 } });
    const read = await guest.get('/shopping/getCart').expect(200);
    expect(read.body.responseData.subTotalPrice).toEqual({ amount: 30, currency: 'USD' });

    const lineId = read.body.responseData.items[0]._id as string;
    const updated = await guest
      .put('/shopping/updateCart')
      .send({ cartItems: [{ _id: lineId, product: id, counts: 1, customizations: { Size: '9' } }] })
      .expect(200);
    expect(linesOf(updated)[0]).toMatchObject({ counts: 1, customizations: { Size: '9' } });
    const bad = await guest
      .post('/shopping/addToCart')
      .send([{ product: id, customizations: { Size: '99' } }])
      .expect(400);
    expect(bad.body.errorDetails).toMatch(/not a choice/);
    const removed = await guest
      .delete('/shopping/deleteFromCart')
      .send({ cartItemIds: [lineId] })
      .expect(200);
    expect(linesOf(removed)).toEqual([]);
  });

  it('when two guests shop, then neither sees the other’s cart', async () => {
    const product = await seedProduct(harness.models, refs);
    const one = request.agent(shop.server);
    const two = request.agent(shop.server);
    await one
      .post('/shopping/addToCart')
      .send([{ product: String(product._id) }])
      .expect(200);
    expect(linesOf(await two.get('/shopping/getCart').expect(200))).toEqual([]);
    expect(linesOf(await one.get('/shopping/getCart').expect(200))).toHaveLength(1);
  });

  it(`when a guest cart would pass ${MAX_GUEST_CART_LINES} lines or a line ${MAX_LINE_COUNT} units, then 400 and the cart stays as it was`, async () => {
    const products = await Promise.all(
      Array.from({ length: MAX_GUEST_CART_LINES + 1 }, (_, i) =>
        seedProduct(harness.models, refs, { name: `Bulk Ring ${i}`, store_sku: `BULK-${i}` }),
      ),
    );
    const guest = request.agent(shop.server);
    const first = products.slice(0, MAX_GUEST_CART_LINES).map((p) => ({ product: String(p._id) }));
    expect(linesOf(await guest.post('/shopping/addToCart').send(first).expect(200))).toHaveLength(
      MAX_GUEST_CART_LINES,
    );
    const over = await guest
      .post('/shopping/addToCart')
      .send([{ product: String(products[MAX_GUEST_CART_LINES]?._id) }])
      .expect(400);
    expect(over.body.errorDetails).toBe(GUEST_CART_FULL_MESSAGE);
    const tooMany = await guest
      .post('/shopping/addToCart')
      .send([{ product: String(products[0]?._id), counts: MAX_LINE_COUNT }])
      .expect(400);
    expect(tooMany.body.errorDetails).toMatch(/At most 99 units/);
    const after = linesOf(await guest.get('/shopping/getCart').expect(200));
    expect(after).toHaveLength(MAX_GUEST_CART_LINES);
    expect(after.every((line) => line.counts === 1)).toBe(true);
  });

  it('when other routes are called as a guest, then they still answer Veniqa’s 401', async () => {
    const guest = request.agent(shop.server);
    const product = await seedProduct(harness.models, refs);
    await guest
      .post('/shopping/addToCart')
      .send([{ product: String(product._id) }])
      .expect(200);
    const res = await guest.post('/orders/createCheckout').send({});
    expect(res.status).toBe(401);
    expect(res.text).toBe('only for logged in users');
  });
});

describe('merging the guest cart into the account', () => {
  it('when a guest logs in, then the carts merge (same lines summed), the session id changes and the old one is dead', async () => {
    const ring = await seedProduct(harness.models, refs, { customizationOptions: sizes });
    const plain = await seedProduct(harness.models, refs, { name: 'Plain Band' });
    const email = 'merge-login@example.com';
    await createCustomer(harness.models, email);
    const before = await loginAgent(shop, email);
    await before
      .post('/shopping/addToCart')
      .send([{ product: String(ring._id), counts: 2, customizations: { Size: '10' } }])
      .expect(200);

    const guest = request.agent(shop.server);
    const added = await guest
      .post('/shopping/addToCart')
      .send([
        { product: String(ring._id), counts: 3, customizations: { Size: '10' } },
        { product: String(ring._id), counts: 1, customizations: { Size: '9' } },
        { product: String(plain._id) },
      ])
      .expect(200);
    const guestCookie = sessionCookie(added);

    const login = await guest
      .post('/security/login')
      .send({ email, password: PASSWORD })
      .expect(200);
    expect(sessionCookie(login)).not.toBe(guestCookie);
    // Login's raw body carries the merged cart as stored (product ids).
    expect(login.body.cart.items).toHaveLength(3);

    const cart = linesOf(await guest.get('/shopping/getCart').expect(200));
    const counts = cart.map((line) => [
      line.product._id,
      line.customizations?.['Size'],
      line.counts,
    ]);
    expect(counts).toEqual(
      expect.arrayContaining([
        [String(ring._id), '10', 5],
        [String(ring._id), '9', 1],
        [String(plain._id), undefined, 1],
      ]),
    );
    expect(cart).toHaveLength(3);

    // The pre-login cookie (fixation) no longer names a session: it is a guest with no cart.
    const stale = await request(shop.server)
      .get('/shopping/getCart')
      .set('Cookie', guestCookie)
      .expect(200);
    expect(linesOf(stale)).toEqual([]);
  });

  it('when two logins race with one guest session, then the guest cart is merged once', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Race Ring' });
    const email = 'merge-race@example.com';
    await createCustomer(harness.models, email);
    const other = await harness.start();
    const guest = await request(shop.server)
      .post('/shopping/addToCart')
      .send([{ product: String(product._id), counts: 2 }])
      .expect(200);
    const cookie = sessionCookie(guest);
    const logins = await Promise.all(
      [shop, other, shop, other].map((replica) =>
        request(replica.server)
          .post('/security/login')
          .set('Cookie', cookie)
          .send({ email, password: PASSWORD }),
      ),
    );
    expect(logins.map((res) => res.status)).toEqual([200, 200, 200, 200]);
    const stored = await harness.models.Customer.findOne({ email }).lean();
    expect(stored?.cart?.items.map((line) => line.counts)).toEqual([2]);
    expect(stored?.mergedGuestCarts).toHaveLength(1);
  });

  it('when merged counts pass the stock or the line limit, then they are capped, never below the account’s own', async () => {
    const scarce = await seedProduct(harness.models, refs, { name: 'Scarce Ring', stock: 4 });
    const gone = await seedProduct(harness.models, refs, { name: 'Gone Ring', stock: 0 });
    const common = await seedProduct(harness.models, refs, { name: 'Common Ring' });
    const email = 'merge-caps@example.com';
    await createCustomer(harness.models, email);
    const account = await loginAgent(shop, email);
    await account
      .post('/shopping/addToCart')
      .send([
        { product: String(scarce._id), counts: 3 },
        { product: String(common._id), counts: 90 },
      ])
      .expect(200);
    const guest = request.agent(shop.server);
    await guest
      .post('/shopping/addToCart')
      .send([
        { product: String(scarce._id), counts: 5 },
        { product: String(gone._id), counts: 1 },
        { product: String(common._id), counts: 20 },
      ])
      .expect(200);
    await guest.post('/security/login').send({ email, password: PASSWORD }).expect(200);
    const byName = Object.fromEntries(
      linesOf(await guest.get('/shopping/getCart').expect(200)).map((line) => [
        String(line.product._id),
        line.counts,
      ]),
    );
    expect(byName).toEqual({ [String(scarce._id)]: 4, [String(common._id)]: MAX_LINE_COUNT });
  });

  it('when a guest signs up, then the new account holds the cart at once, and logging in this session adds nothing twice', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Signup Ring' });
    const email = 'merge-signup@example.com';
    const guest = request.agent(shop.server);
    await guest
      .post('/shopping/addToCart')
      .send([{ product: String(product._id), counts: 2 }])
      .expect(200);
    await guest
      .post('/security/signup')
      .send({ email, password: PASSWORD, name: 'Nova' })
      .expect(200);
    const created = await harness.models.Customer.findOne({ email }).lean();
    expect(created?.cart?.items.map((line) => line.counts)).toEqual([2]);
    // Not logged in yet (the e-mail is confirmed first): the guest still sees the cart.
    expect(linesOf(await guest.get('/shopping/getCart').expect(200))).toHaveLength(1);

    await guest.post('/security/login').send({ email, password: PASSWORD }).expect(200);
    const cart = linesOf(await guest.get('/shopping/getCart').expect(200));
    expect(cart.map((line) => line.counts)).toEqual([2]);
    // And on another device, the account has it too.
    const elsewhere = await loginAgent(shop, email);
    expect(linesOf(await elsewhere.get('/shopping/getCart').expect(200))).toHaveLength(1);
  });
});

describe('a guest who keeps shopping between sign-up and login', () => {
  it('when the guest adds more after signing up, then the login adds just that, not the whole cart again', async () => {
    const ring = await seedProduct(harness.models, refs, { name: 'Patient Ring' });
    const band = await seedProduct(harness.models, refs, { name: 'Later Band' });
    const email = 'merge-after-signup@example.com';
    const guest = request.agent(shop.server);
    await guest
      .post('/shopping/addToCart')
      .send([{ product: String(ring._id), counts: 2 }])
      .expect(200);
    await guest
      .post('/security/signup')
      .send({ email, password: PASSWORD, name: 'Paciente' })
      .expect(200);
    await guest
      .post('/shopping/addToCart')
      .send([{ product: String(ring._id) }, { product: String(band._id) }])
      .expect(200);

    await guest.post('/security/login').send({ email, password: PASSWORD }).expect(200);
    const counts = Object.fromEntries(
      linesOf(await guest.get('/shopping/getCart').expect(200)).map((line) => [
        String(line.product._id),
        line.counts,
      ]),
    );
    expect(counts).toEqual({ [String(ring._id)]: 3, [String(band._id)]: 1 });
  });
});

describe('guest cart while Redis is away', () => {
  let redis: OwnRedisServer;
  let cut: RunningShop;

  beforeAll(async () => {
    // A Redis of this file's own: the shared one is never stopped.
    redis = await OwnRedisServer.start();
    cut = await harness.start({ redisUrl: redis.url });
  });

  afterAll(async () => {
    await redis.stop();
  });

  it('when Redis is stopped, then guest cart routes answer 503 with Retry-After, not 500', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Outage Ring' });
    const guest = request.agent(cut.server);
    await guest
      .post('/shopping/addToCart')
      .send([{ product: String(product._id) }])
      .expect(200);
    await redis.stop();
    for (const res of [
      await guest.get('/shopping/getCart'),
      await guest.post('/shopping/addToCart').send([{ product: String(product._id) }]),
      await request(cut.server)
        .post('/shopping/addToCart')
        .send([{ product: String(product._id) }]),
    ]) {
      expect(res.status).toBe(503);
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
  });
});
