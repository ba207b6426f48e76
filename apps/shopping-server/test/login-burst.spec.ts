import { hashPassword } from '@aneis/auth';
import { Types } from 'mongoose';
import request from 'supertest';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
const BURST = 16;
const PASSWORD = 'burst-pass-1';
let shop: RunningShop;

beforeAll(async () => {
  // Production's cost: each comparison is the real ~300 ms (or more here) of CPU.
  const hash = await hashPassword(PASSWORD, 12);
  await harness.models.Customer.insertMany(
    Array.from({ length: BURST }, (_, i) => ({
      email: `burst-${i}@example.com`,
      password: hash,
      name: `Burst ${i}`,
      referral_token: new Types.ObjectId().toHexString().slice(-8),
      addresses: [],
    })),
  );
  shop = await harness.start({
    env: { BCRYPT_COST: '12', PASSWORD_HASH_THREADS: '2', PASSWORD_HASH_QUEUE: '2' },
  });
});

describe('a burst of logins', () => {
  it('when many shoppers log in at once, then each gets 200, or 429 with Retry-After beyond the hashing cap, never a 5xx, and /healthz keeps answering', async () => {
    let probing = true;
    const probes: number[] = [];
    const probe = (async () => {
      while (probing) {
        probes.push((await request(shop.server).get('/healthz')).status);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const answers = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        request(shop.server)
          .post('/security/login')
          .set('X-Forwarded-For', `203.0.113.${i + 1}`)
          .send({ email: `burst-${i}@example.com`, password: PASSWORD }),
      ),
    );
    probing = false;
    await probe;

    const statuses = answers.map((res) => res.status);
    expect(
      statuses.every((status) => status === 200 || status === 429),
      String(statuses),
    ).toBe(true);
    const refused = answers.filter((res) => res.status === 429);
    // 2 threads + 2 waiting (one may still be the checker's stand-in hash made at start): the
    // rest is refused at once rather than queued for seconds.
    const accepted = statuses.filter((status) => status === 200).length;
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(accepted).toBeLessThanOrEqual(4);
    expect(refused).toHaveLength(BURST - accepted);
    for (const res of refused) {
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(res.body.code).toBe('PASSWORD_HASHING_BUSY');
    }
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.every((status) => status === 200)).toBe(true);
  });
});
