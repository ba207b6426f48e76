import { useTestServer } from './support/use-test-server.js';

// 1 per minute = 15 attempts per 15-minute window on the credential routes; the per-account
// limit (account-lockout.spec.ts) is raised so that this budget is the one that trips.
const server = useTestServer({
  env: {
    AUTH_RATE_LIMIT_PER_MINUTE: '1',
    LOGIN_ATTEMPTS_PER_ACCOUNT: '100',
  },
});

describe('credential routes are rate limited', () => {
  it('when one client keeps guessing passwords, then it gets a readable 429 after the budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 16; i += 1) {
      const res = await server.http
        .post('/security/login')
        .send({ email: 'victim@example.com', password: `guess-${i}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 15).every((status) => status === 401)).toBe(true);
    const blocked = await server.http
      .post('/security/login')
      .send({ email: 'victim@example.com', password: 'one-more' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.errorDetails).toBe('Too many attempts, please try again later.');
    // Other routes keep their own, larger budget.
    expect((await server.http.get('/security/isLoggedIn')).status).toBe(200);
  });
});
