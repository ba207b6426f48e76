import request from 'supertest';
import {
  createCustomer,
  loginAgent,
  NEPAL_ADDRESS,
  PASSWORD,
  seedReferenceData,
} from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let shop: RunningShop;

const EVIL = 'https://evil.example';
const SHOP_PAGE = 'https://gic-asenhoradosaneis.example';

beforeAll(async () => {
  await seedReferenceData(harness.models);
  shop = await harness.start({ env: { CORS_ORIGINS: SHOP_PAGE } });
});
const formOf = (address: Record<string, string>) => new URLSearchParams(address).toString();

async function addressCount(email: string): Promise<number> {
  const customer = await harness.models.Customer.findOne({ email }).lean();
  return customer?.addresses.length ?? 0;
}

describe('state changes only from the shop’s own pages', () => {
  it('when another site posts an address with a logged-in shopper’s cookie, form-encoded or JSON, then 403 and no address is added', async () => {
    await createCustomer(harness.models, 'victim@example.com');
    const agent = await loginAgent(shop, 'victim@example.com');

    const form = await agent
      .post('/user/address')
      .set('Origin', EVIL)
      .type('form')
      .send(formOf(NEPAL_ADDRESS));
    expect(form.status).toBe(403);
    expect(form.body.code).toBe('FOREIGN_ORIGIN');
    const json = await agent.post('/user/address').set('Origin', EVIL).send(NEPAL_ADDRESS);
    expect(json.status).toBe(403);
    const byReferer = await agent
      .delete('/shopping/deleteFromCart')
      .set('Referer', `${EVIL}/cheap-rings`)
      .send({ cartItemIds: [] });
    expect(byReferer.status).toBe(403);
    expect(await addressCount('victim@example.com')).toBe(0);

    await agent.post('/user/address').set('Origin', SHOP_PAGE).send(NEPAL_ADDRESS).expect(200);
    // curl and other servers send no Origin and no Referer.
    await agent.post('/user/address').send(NEPAL_ADDRESS).expect(200);
    expect(await addressCount('victim@example.com')).toBe(2);
  });

  it('when the shop’s own page posts a form or text instead of JSON, then 415', async () => {
    await createCustomer(harness.models, 'typed@example.com');
    const agent = await loginAgent(shop, 'typed@example.com');
    const form = await agent
      .post('/user/address')
      .set('Origin', SHOP_PAGE)
      .type('form')
      .send(formOf(NEPAL_ADDRESS));
    expect(form.status).toBe(415);
    const text = await agent
      .post('/user/address')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify(NEPAL_ADDRESS));
    expect(text.status).toBe(415);
    expect(text.body.errorDetails).toMatch(/JSON body/);
    expect(await addressCount('typed@example.com')).toBe(0);
  });

  it('when another site sends a login, then it is refused and no session cookie is planted', async () => {
    await createCustomer(harness.models, 'planted@example.com');
    const res = await request(shop.server)
      .post('/security/login')
      .set('Origin', EVIL)
      .send({ email: 'planted@example.com', password: PASSWORD });
    expect(res.status).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('logout', () => {
  it('when the webclient posts to /security/logout, then the session ends', async () => {
    await createCustomer(harness.models, 'post-out@example.com');
    const agent = await loginAgent(shop, 'post-out@example.com');
    const out = await agent.post('/security/logout').set('Origin', SHOP_PAGE).expect(200);
    expect(out.text).toBe('logged out successfully');
    expect((await agent.get('/security/isLoggedIn').expect(200)).body).toBe(false);
  });

  it('when another site’s page triggers GET /security/logout, then it is refused and the shopper stays logged in; Veniqa’s client still logs out with it', async () => {
    await createCustomer(harness.models, 'get-out@example.com');
    const agent = await loginAgent(shop, 'get-out@example.com');
    const viaImage = await agent.get('/security/logout').set('Referer', `${EVIL}/funny-cat`);
    expect(viaImage.status).toBe(403);
    const viaPost = await agent.post('/security/logout').set('Origin', EVIL);
    expect(viaPost.status).toBe(403);
    expect((await agent.get('/security/isLoggedIn').expect(200)).body).toBe(true);

    // Veniqa's client: a cross-origin XHR from the shop's page carries its Origin.
    const veniqa = await agent.get('/security/logout').set('Origin', SHOP_PAGE).expect(200);
    expect(veniqa.text).toBe('logged out successfully');
    expect((await agent.get('/security/isLoggedIn').expect(200)).body).toBe(false);
  });
});
