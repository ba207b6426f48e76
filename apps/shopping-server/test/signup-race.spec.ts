import { emailSchema } from '@aneis/contracts';
import { normaliseEmail } from '@aneis/data';
import request from 'supertest';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

// Two replicas on one database, as `--replicas 2` or the cluster runs them. This is what the
// embedded engine (no unique indexes) and real MongoDB (unique index) must both get right.
const harness = useShopHarness();
const RACERS = 8;
let replicas: RunningShop[];

beforeAll(async () => {
  replicas = [await harness.start(), await harness.start()];
});

const replica = (i: number): RunningShop => replicas[i % replicas.length] as RunningShop;

function signUp(i: number, email: string) {
  return request(replica(i).server)
    .post('/security/signup')
    .send({ email, password: `racer-${i}-pass`, name: `Racer ${i}` });
}

function logIn(email: string, password: string) {
  return request(replica(0).server).post('/security/login').send({ email, password });
}

describe('one account per e-mail, under concurrency', () => {
  it('when shoppers on two replicas sign up with one address at once, then one succeeds, the rest get 409, and its password works', async () => {
    const spellings = ['ana@example.com', ' Ana@Example.com', 'ANA@EXAMPLE.COM '];
    const answers = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => signUp(i, spellings[i % spellings.length] ?? '')),
    );

    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([200, ...Array<number>(RACERS - 1).fill(409)]);
    for (const refused of answers.filter((res) => res.status === 409)) {
      expect(refused.body).toEqual({
        httpStatus: 409,
        status: 'failed',
        errorDetails: 'An account with this e-mail address already exists',
        code: 'EMAIL_TAKEN',
        fields: [{ path: 'email', code: 'taken' }],
      });
    }
    expect(await harness.models.Customer.countDocuments({ email: 'ana@example.com' })).toBe(1);

    const winner = answers.findIndex((res) => res.status === 200);
    expect((await logIn('ana@example.com', `racer-${winner}-pass`)).status).toBe(200);
    const loser = (winner + 1) % RACERS;
    expect((await logIn('ana@example.com', `racer-${loser}-pass`)).status).toBe(401);
  });

  it('when sign-ups race for different addresses, then each gets its account', async () => {
    const answers = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => signUp(i, `distinct${i}@example.com`)),
    );
    expect(answers.map((res) => res.status)).toEqual(Array<number>(RACERS).fill(200));
  });

  it.each([' Ana@Example.COM ', '\tANA@EXAMPLE.COM\n', 'ana@example.com'])(
    'when %j is typed at sign-up or login, then the claim is keyed on the address login looks up',
    (raw) => {
      expect(emailSchema.parse(raw)).toBe(normaliseEmail(raw));
    },
  );
});
