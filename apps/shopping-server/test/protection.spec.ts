import request from 'supertest';
import { createCustomer, loginAgent, NEPAL_ADDRESS, seedReferenceData } from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let shop: RunningShop;

beforeAll(async () => {
  await seedReferenceData(harness.models);
  shop = await harness.start();
});

describe('protection', () => {
  it('when a route does not exist or the JSON is malformed, then a JSON envelope answers 404 / 400', async () => {
    const missing = await request(shop.server).get('/no/such/route').expect(404);
    expect(missing.body).toEqual({
      httpStatus: 404,
      status: 'failed',
      errorDetails: 'Not Found',
      code: 'NOT_FOUND',
    });
    const malformed = await request(shop.server)
      .post('/catalog/search')
      .set('Content-Type', 'application/json')
      .send('{"pagingOptions":')
      .expect(400);
    expect(malformed.body.status).toBe('failed');
    expect(malformed.body.errorDetails).toMatch(/not valid JSON/);
  });

  it('when an undeclared path sits under a logged-in area, then 404 without a session (not 401)', async () => {
    for (const path of ['/shopping/noSuchRoute', '/orders/noSuchRoute', '/user/noSuchRoute']) {
      const res = await request(shop.server).post(path).send({});
      expect(res.status, path).toBe(404);
    }
    // A declared `user` route still asks for a login (the cart routes serve guests too).
    await request(shop.server).get('/user/address').expect(401);
  });

  it('when a body is 2 MB, then it is refused with 413 and no 500', async () => {
    const huge = JSON.stringify({
      pagingOptions: { page: 1, limit: 1 },
      searchTerm: 'x'.repeat(2 * 1024 * 1024),
    });
    const res = await request(shop.server)
      .post('/catalog/search')
      .set('Content-Type', 'application/json')
      .send(huge);
    expect(res.status).toBe(413);
    expect(res.body.status).toBe('failed');
  });

  it('when hostile bodies reach authenticated routes, then every answer is a 4xx with a readable message', async () => {
    await createCustomer(harness.models, 'hostile@example.com');
    const agent = await loginAgent(shop, 'hostile@example.com');
    const attempts: [string, string, unknown][] = [
      ['post', '/shopping/addToCart', { product: { $gt: '' } }],
      ['post', '/shopping/addToCart', [{ product: { $ne: null } }]],
      ['put', '/shopping/updateCart', { cartItems: 'all' }],
      ['delete', '/shopping/deleteFromCart', { cartItemIds: [{ $exists: true }] }],
      ['post', '/user/address', { firstName: { $where: 'sleep(1000)' } }],
      ['delete', '/user/address', { addressId: 'zzz' }],
      ['post', '/orders/createCheckout', { addressId: { $gt: '' }, shippingMethod: 'standard' }],
      [
        'post',
        '/orders/completeCheckoutManually',
        { checkoutId: '0123456789abcdef01234567', method: 'FREE' },
      ],
      ['post', '/user/orderList', { pagingOptions: { page: { $gt: 0 }, limit: 10 } }],
      ['get', '/user/orderDetails?orderId=123', undefined],
      ['post', '/security/login', { email: { $gt: '' }, password: { $gt: '' } }],
      ['post', '/security/resetPassword', { token: { $ne: null }, newPassword: 'abcdefg12' }],
    ];
    for (const [method, path, body] of attempts) {
      const call = agent[method as 'post'](path);
      const res = body === undefined ? await call : await call.send(body as object);
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect(res.text.length).toBeGreaterThan(0);
    }
  });

  it('when a URL has bad percent-encoding or a NUL anywhere, then 400 says so on every kind of route', async () => {
    await createCustomer(harness.models, 'mangled@example.com');
    const agent = await loginAgent(shop, 'mangled@example.com');
    const urls = [
      '/security/confirmEmailAddress/%',
      '/security/confirmEmailAddress/%ED%A0%80%FF',
      '/security/validatePasswordResetToken/abc%E0%A4%A',
      '/security/validatePasswordResetToken/abc%00',
      '/catalog/getProductDetails?productId=%',
      '/catalog/getProductDetails?productId=0123456789abcdef01234567%00',
      '/ui/featured?name=home%FFpage',
      '/user/orderDetails?orderId=%zz',
      '/security/forgotPassword?email=a%00@example.com',
      '/no/such/route/%',
    ];
    for (const url of urls) {
      const res = await agent.get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.errorDetails, url).toMatch(/^Malformed URL: /);
    }
  });

  it('when a text in a body carries a NUL, then 400 and never 500 (search, cart, address, login)', async () => {
    await createCustomer(harness.models, 'nul@example.com');
    const agent = await loginAgent(shop, 'nul@example.com');
    const attempts: [string, string, object][] = [
      [
        'post',
        '/catalog/search',
        { searchTerm: 'anel\u0000', pagingOptions: { page: 1, limit: 5 } },
      ],
      ['post', '/catalog/search', { searchTerm: '\u0000$', pagingOptions: { page: 1, limit: 5 } }],
      [
        'post',
        '/shopping/addToCart',
        [{ product: '0123456789abcdef01234567', counts: 1, customizations: { 'Si\u0000ze': '9' } }],
      ],
      ['post', '/user/address', { ...NEPAL_ADDRESS, city: 'Kath\u0000mandu' }],
      ['post', '/security/login', { email: 'nul@example.com\u0000', password: 'x' }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await agent[method as 'post'](path).send(body);
      expect(res.status, path).toBe(400);
      expect(res.body.errorDetails, path).toBe(
        'Invalid request: a text in the body contains a NUL character',
      );
    }
  });

  it('when the OpenAPI document is asked for, then it lists the shopping routes', async () => {
    const res = await request(shop.server).get('/docs/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/catalog/search',
        '/orders/completeCheckoutManually',
        '/ui/countries',
      ]),
    );
  });
});

describe('rate limits', () => {
  it('when one client exceeds the general limit, then it gets 429 while another forwarded address still passes', async () => {
    const limited = await harness.start({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    for (let i = 0; i < 3; i += 1) {
      await request(limited.server)
        .get('/ui/countries')
        .set('X-Forwarded-For', '203.0.113.7')
        .expect(200);
    }
    const blocked = await request(limited.server)
      .get('/ui/countries')
      .set('X-Forwarded-For', '203.0.113.7')
      .expect(429);
    expect(blocked.body.status).toBe('failed');
    await request(limited.server)
      .get('/ui/countries')
      .set('X-Forwarded-For', '203.0.113.8')
      .expect(200);
    await limited.close();
  });

  it('when login is attempted too often, then the stricter auth limit answers 429', async () => {
    const limited = await harness.start({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '2' } });
    const attempt = () =>
      request(limited.server)
        .post('/security/login')
        .set('X-Forwarded-For', '198.51.100.9')
        .send({ email: 'nobody@example.com', password: 'wrong-pass1' });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(429);
    await limited.close();
  });
});
