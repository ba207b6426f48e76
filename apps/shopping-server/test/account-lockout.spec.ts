import request from 'supertest';
import { createCustomer, PASSWORD } from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let shop: RunningShop;

beforeAll(async () => {
  await createCustomer(harness.models, 'target@example.com');
  shop = await harness.start({ env: { LOGIN_ATTEMPTS_PER_ACCOUNT: '10' } });
});

/** One login from its own client address (the harness trusts X-Forwarded-For from loopback). */
const loginFrom = (index: number, email: string, password: string) =>
  request(shop.server)
    .post('/security/login')
    .set('X-Forwarded-For', `198.51.100.${index}`)
    .send({ email, password });

/** What a person could compare between two answers: status, body, Retry-After. */
const seen = (res: request.Response) => ({
  status: res.status,
  body: res.text,
  retryAfter: res.headers['retry-after'] === undefined ? undefined : 'set',
});

describe('per-account login limit', () => {
  it('when 29 wrong passwords come from 29 addresses, then the right one is refused too while the account is locked', async () => {
    const wrong = [];
    for (let i = 1; i <= 29; i += 1) {
      wrong.push((await loginFrom(i, 'target@example.com', `wrong-${i}-pass`)).status);
    }
    expect(wrong.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(wrong.slice(10)).toEqual(Array(19).fill(429));

    const right = await loginFrom(30, 'target@example.com', PASSWORD);
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(right.headers['set-cookie']).toBeUndefined();
  });

  it('when the same happens to an e-mail with no account, then every answer looks the same', async () => {
    const known = 'known-twin@example.com';
    await createCustomer(harness.models, known);
    const unknown = 'nobody-twin@example.com';
    const answersFor = async (email: string) => {
      const answers = [];
      for (let i = 1; i <= 12; i += 1) answers.push(seen(await loginFrom(i, email, 'not-it-1')));
      return answers;
    };
    const forKnown = await answersFor(known);
    expect(await answersFor(unknown)).toEqual(forKnown);
    expect(forKnown.map((answer) => answer.status)).toEqual([...Array(10).fill(401), 429, 429]);
  });

  it('when the right password comes before the limit, then the count starts over', async () => {
    await createCustomer(harness.models, 'forgetful@example.com');
    for (let i = 1; i <= 9; i += 1) await loginFrom(i, 'forgetful@example.com', 'nope-1234');
    expect((await loginFrom(10, 'forgetful@example.com', PASSWORD)).status).toBe(200);
    for (let i = 1; i <= 9; i += 1) {
      expect((await loginFrom(i, 'forgetful@example.com', 'nope-1234')).status).toBe(401);
    }
  });
});
