import { errorCodes } from '@aneis/contracts';
import { eraseCustomer } from '@aneis/data';
import request from 'supertest';
import { createCustomer, loginAgent, PASSWORD } from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let shop: RunningShop;

beforeAll(async () => {
  shop = await harness.start();
});

/** What the back office's block does to the account (the management server's own tests cover the route). */
async function setBlocked(email: string, blocked: boolean) {
  await harness.models.Customer.updateOne({ email }, { $set: { blocked } });
}

const login = (email: string, password: string) =>
  request(shop.server).post('/security/login').send({ email, password });

describe('blocked customers', () => {
  it('when a blocked shopper logs in with the right or a wrong password, then both get the same 403 ACCOUNT_BLOCKED', async () => {
    await createCustomer(harness.models, 'blocked@example.com');
    await setBlocked('blocked@example.com', true);

    const right = await login('blocked@example.com', PASSWORD);
    const wrong = await login('blocked@example.com', 'not-the-password-1');
    for (const res of [right, wrong]) {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: errorCodes.accountBlocked });
      expect(res.headers['set-cookie'] ?? []).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^shop\.sid=s%3A/)]),
      );
    }
    expect(right.text).toBe(wrong.text);
  });

  it('when a logged-in shopper is blocked, then the next request is refused and the session is over, even after unblocking', async () => {
    await createCustomer(harness.models, 'session@example.com');
    const agent = await loginAgent(shop, 'session@example.com');
    await agent
      .post('/user/orderList')
      .send({ pagingOptions: { page: 1, limit: 5 } })
      .expect(200);

    await setBlocked('session@example.com', true);
    const refused = await agent
      .post('/user/orderList')
      .send({ pagingOptions: { page: 1, limit: 5 } });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: errorCodes.accountBlocked });

    await setBlocked('session@example.com', false);
    // The session was ended: unblocking lets the shopper log in again, not resume it.
    expect((await agent.get('/security/isLoggedIn').expect(200)).body).toBe(false);
    await loginAgent(shop, 'session@example.com');
  });

  it('when a blocked shopper’s session asks whether it is logged in, then no', async () => {
    await createCustomer(harness.models, 'ask@example.com');
    const agent = await loginAgent(shop, 'ask@example.com');
    await setBlocked('ask@example.com', true);
    expect((await agent.get('/security/isLoggedIn').expect(200)).body).toBe(false);
  });
});

describe('erased customers', () => {
  it('when a shopper is erased, then they cannot log in and the e-mail signs up afresh', async () => {
    const customer = await createCustomer(harness.models, 'gone@example.com');
    const agent = await loginAgent(shop, 'gone@example.com');
    await eraseCustomer(harness.models, customer._id, new Date());

    expect((await login('gone@example.com', PASSWORD)).status).toBe(401);
    expect(
      (await agent.post('/user/orderList').send({ pagingOptions: { page: 1, limit: 5 } })).status,
    ).toBe(401);

    await request(shop.server)
      .post('/security/signup')
      .send({ email: 'gone@example.com', password: 'new-secret-1', name: 'Back Again' })
      .expect(200);
    expect((await login('gone@example.com', 'new-secret-1')).status).toBe(200);
  });
});
