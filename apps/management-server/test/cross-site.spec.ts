import { insertOrder, insertProduct, seedCatalogBasics } from './support/fixtures.js';
import { useTestServer } from './support/use-test-server.js';

const ADMIN_PAGE = 'https://gic-asenhoradosaneis.example';
const EVIL = 'https://evil.example';

const server = useTestServer({ env: { CORS_ORIGINS: ADMIN_PAGE } });
let cookie: string;
let orderId: string;

beforeAll(async () => {
  const fixture = await seedCatalogBasics(server);
  const productId = await insertProduct(server, fixture, { stock: 3 });
  ({ orderId } = await insertOrder(server, fixture, { lines: [{ productId }] }));
  const admin = await server.createAdmin(['ORDER_MANAGE'], { email: 'desk@example.com' });
  cookie = await server.sessionFor(admin.id);
});

async function commentCount(): Promise<number> {
  const order = await server.services.shop.Order.findById(orderId).lean();
  return order?.comments.length ?? 0;
}

describe('admin state changes only from the admin’s own pages', () => {
  it('when another site posts a comment with an admin’s cookie, form-encoded or JSON, then 403 and nothing is added', async () => {
    const form = await server.http
      .post('/orders/addComment')
      .set('Cookie', cookie)
      .set('Origin', EVIL)
      .type('form')
      .send(`orderId=${orderId}&comment=Refund%20me`);
    expect(form.status).toBe(403);
    expect(form.body.code).toBe('FOREIGN_ORIGIN');
    const json = await server.http
      .post('/orders/addComment')
      .set('Cookie', cookie)
      .set('Origin', EVIL)
      .send({ orderId, comment: 'Refund me' });
    expect(json.status).toBe(403);
    expect(await commentCount()).toBe(0);

    const own = await server.http
      .post('/orders/addComment')
      .set('Cookie', cookie)
      .set('Origin', ADMIN_PAGE)
      .send({ orderId, comment: 'Called the customer' });
    expect(own.status).toBe(200);
    expect(await commentCount()).toBe(1);
  });

  it('when the admin’s own page posts a form instead of JSON, then 415', async () => {
    const res = await server.http
      .post('/orders/addComment')
      .set('Cookie', cookie)
      .set('Origin', ADMIN_PAGE)
      .type('form')
      .send(`orderId=${orderId}&comment=x`);
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('JSON_ONLY');
  });

  it('when the webclient posts to /security/logout, then the session ends; another site can neither POST nor GET it', async () => {
    const admin = await server.createAdmin(['ORDER_VIEW']);
    const session = await server.sessionFor(admin.id);
    const loggedIn = async () =>
      (await server.http.get('/security/isLoggedIn').set('Cookie', session)).body as boolean;
    const foreignPost = await server.http
      .post('/security/logout')
      .set('Cookie', session)
      .set('Origin', EVIL);
    expect(foreignPost.status).toBe(403);
    const foreignGet = await server.http
      .get('/security/logout')
      .set('Cookie', session)
      .set('Referer', `${EVIL}/page.html`);
    expect(foreignGet.status).toBe(403);
    expect(await loggedIn()).toBe(true);

    const out = await server.http
      .post('/security/logout')
      .set('Cookie', session)
      .set('Origin', ADMIN_PAGE);
    expect(out.status).toBe(200);
    expect(out.text).toBe('logged out successfully');
    expect(await loggedIn()).toBe(false);
  });

  it('when Veniqa’s admin client logs out with GET from the admin’s page, then it still works', async () => {
    const admin = await server.createAdmin(['ORDER_VIEW']);
    const session = await server.sessionFor(admin.id);
    const out = await server.http
      .get('/security/logout')
      .set('Cookie', session)
      .set('Origin', ADMIN_PAGE);
    expect(out.status).toBe(200);
    expect((await server.http.get('/security/isLoggedIn').set('Cookie', session)).body).toBe(false);
  });
});

describe('malformed input', () => {
  it('when a URL has bad percent-encoding or a NUL, then 400 on public, guarded and unknown routes', async () => {
    for (const url of [
      '/security/validatePasswordResetToken/%',
      '/security/validatePasswordResetToken/%ED%A0%80%FF',
      '/security/forgotPassword?email=a%00@example.com',
      `/orders/order?orderId=${orderId}%`,
      '/images/products/%zz.png',
      '/no/such/%',
    ]) {
      const res = await server.http.get(url).set('Cookie', cookie);
      expect(res.status, url).toBe(400);
      expect(res.body.errorDetails, url).toMatch(/^Malformed URL: /);
    }
  });

  it('when a body carries a NUL in a search, a comment or a key, then 400 and nothing is stored', async () => {
    const before = await commentCount();
    for (const [path, body] of [
      ['/orders/addComment', { orderId, comment: 'a\u0000b' }],
      ['/catalog/search', { searchTerm: 'anel\u0000', pagingOptions: { page: 1, limit: 5 } }],
      ['/orders/orderList', { pagingOptions: { page: 1, limit: 5 }, ['so\u0000rt']: 1 }],
      ['/security/login', { email: 'desk@example.com\u0000', password: 'x' }],
    ] as const) {
      const res = await server.http.post(path).set('Cookie', cookie).send(body);
      expect(res.status, path).toBe(400);
      expect(res.body.errorDetails).toBe(
        'Invalid request: a text in the body contains a NUL character',
      );
    }
    expect(await commentCount()).toBe(before);
  });
});
