import request from 'supertest';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer({ env: { LOGIN_ATTEMPTS_PER_ACCOUNT: '10' } });

/** One login from its own client address (loopback is a trusted proxy by default). */
const loginFrom = (index: number, email: string, password: string) =>
  server.http
    .post('/security/login')
    .set('X-Forwarded-For', `198.51.100.${index}`)
    .send({ email, password });

const seen = (res: request.Response) => ({
  status: res.status,
  body: res.text,
  retryAfter: res.headers['retry-after'] === undefined ? undefined : 'set',
});

describe('per-account admin login limit', () => {
  it('when 29 wrong passwords come from 29 addresses, then the right one is refused too while the account is locked', async () => {
    const admin = await server.createAdmin(['CATALOG_VIEW']);
    const wrong = [];
    for (let i = 1; i <= 29; i += 1) {
      wrong.push((await loginFrom(i, admin.email, `wrong-${i}-pass`)).status);
    }
    expect(wrong.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(wrong.slice(10)).toEqual(Array(19).fill(429));

    const right = await loginFrom(30, admin.email, admin.password);
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(right.headers['set-cookie']).toBeUndefined();
  });

  it('when the same happens to an e-mail with no admin, then every answer looks the same', async () => {
    const admin = await server.createAdmin(['CATALOG_VIEW']);
    const answersFor = async (email: string) => {
      const answers = [];
      for (let i = 1; i <= 12; i += 1) answers.push(seen(await loginFrom(i, email, 'not-it-1')));
      return answers;
    };
    const forKnown = await answersFor(admin.email);
    expect(await answersFor('nobody-here@example.com')).toEqual(forKnown);
    expect(forKnown.map((answer) => answer.status)).toEqual([...Array(10).fill(401), 429, 429]);
  });
});
