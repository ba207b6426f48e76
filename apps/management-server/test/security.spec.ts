import { findLinks } from '@aneis/mail';
import { adminSummarySchema } from '@aneis/contracts';
import { present } from '@aneis/testing';
import { cookieFrom } from './support/test-server.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();

function tokenOf(link: string): string {
  const token = link.split('/').pop();
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

describe('probes and unknown routes', () => {
  it('when /healthz and /readyz are called, then both answer 200', async () => {
    expect((await server.http.get('/healthz')).status).toBe(200);
    const ready = await server.http.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ mongo: 'ok', redis: 'ok' });
  });

  it('when a route does not exist, then the answer is a JSON 404 envelope', async () => {
    const res = await server.http.get('/no/such/route');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      httpStatus: 404,
      status: 'failed',
      errorDetails: 'Not Found',
      code: 'NOT_FOUND',
    });
  });

  it('when the body is malformed JSON, then the answer is a readable JSON 400', async () => {
    const res = await server.http
      .post('/security/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toBe('Request body is not valid JSON');
  });

  it('when the OpenAPI document is asked for, then it lists the management routes', async () => {
    const res = await server.http.get('/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toContain('/superAdmin/createAdmin');
  });
});

describe('login, isLoggedIn, logout', () => {
  it('when an approved admin logs in, then the raw summary comes back with a session cookie', async () => {
    const admin = await server.createAdmin(['CATALOG_VIEW'], { email: 'Login.Case@Example.com' });
    const res = await server.http
      .post('/security/login')
      .send({ email: 'LOGIN.case@example.com', password: admin.password });
    expect(res.status).toBe(200);
    expect(adminSummarySchema.parse(res.body)).toEqual({
      email: 'login.case@example.com',
      name: expect.any(String),
      permissions: ['CATALOG_VIEW'],
    });
    const cookie = cookieFrom(res, server.config.session.cookieName);
    expect((await server.http.get('/security/isLoggedIn').set('Cookie', cookie)).body).toBe(true);

    const out = await server.http.get('/security/logout').set('Cookie', cookie);
    expect(out.status).toBe(200);
    expect(out.text).toBe('logged out successfully');
    expect((await server.http.get('/security/isLoggedIn').set('Cookie', cookie)).body).toBe(false);
  });

  it('when the password is wrong, the e-mail unknown or the admin unapproved, then each gets 401', async () => {
    const admin = await server.createAdmin(['ORDER_VIEW']);
    const unapproved = await server.createAdmin(['ORDER_VIEW'], { approved: false });
    for (const body of [
      { email: admin.email, password: 'wrong-password1' },
      { email: 'nobody@example.com', password: 'whatever1' },
      { email: unapproved.email, password: unapproved.password },
    ]) {
      const res = await server.http.post('/security/login').send(body);
      expect(res.status).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('when a field is missing or an operator is sent, then the answer is a readable 400', async () => {
    const missing = await server.http.post('/security/login').send({ email: 'a@example.com' });
    expect(missing.status).toBe(400);
    expect(missing.body.errorDetails).toMatch(/password/);
    const operator = await server.http
      .post('/security/login')
      .send({ email: { $gt: '' }, password: 'x' });
    expect(operator.status).toBe(400);
  });

  it('when nobody is logged in, then isLoggedIn is false and logout still answers 200', async () => {
    expect((await server.http.get('/security/isLoggedIn')).body).toBe(false);
    expect((await server.http.get('/security/logout')).status).toBe(200);
  });

  it('when logging in, then the session id is rotated', async () => {
    const admin = await server.createAdmin(['ORDER_VIEW']);
    const before = await server.sessionFor(admin.id);
    const res = await server.http
      .post('/security/login')
      .set('Cookie', before)
      .send({ email: admin.email, password: admin.password });
    expect(cookieFrom(res, server.config.session.cookieName)).not.toBe(before);
  });
});

describe('forgot and reset password', () => {
  it('when an admin resets the password, then the new one works, the old fails and sessions end', async () => {
    const admin = await server.createAdmin(['ORDER_VIEW']);
    const oldSession = await server.sessionFor(admin.id);
    const res = await server.http.get('/security/forgotPassword').query({ email: admin.email });
    expect(res.body).toEqual({ httpStatus: 200, status: 'successful', responseData: true });

    const [mail] = await server.outbox({ to: admin.email, template: 'reset_password_admin' });
    const link = present(findLinks(present(mail, 'the reset mail'))[0], 'its link');
    expect(link).toMatch(/^http:\/\/admin\.test\/password-reset\/[0-9a-f]{40}$/);
    const token = tokenOf(link);

    const valid = await server.http.get(`/security/validatePasswordResetToken/${token}`);
    expect(valid.body.responseData).toBe(true);

    const reset = await server.http
      .post('/security/resetPassword')
      .send({ token, newPassword: 'brand-new-pass1' });
    expect(reset.status).toBe(200);
    expect(reset.body.responseData).toBe(true);
    expect(
      await server.outbox({ to: admin.email, template: 'confirmation_password_reset_admin' }),
    ).toHaveLength(1);

    expect((await server.http.get('/security/isLoggedIn').set('Cookie', oldSession)).body).toBe(
      false,
    );
    const again = await server.http.get(`/security/validatePasswordResetToken/${token}`);
    expect(again.body.responseData).toBe(false);
    await server.login(admin.email, 'brand-new-pass1');
    const old = await server.http
      .post('/security/login')
      .send({ email: admin.email, password: admin.password });
    expect(old.status).toBe(401);
  });

  it('when the e-mail is unknown, then forgotPassword answers the same 200 and sends nothing', async () => {
    const res = await server.http
      .get('/security/forgotPassword')
      .query({ email: 'unknown-admin@example.com' });
    expect(res.status).toBe(200);
    expect(res.body.responseData).toBe(true);
    expect(await server.outbox({ to: 'unknown-admin@example.com' })).toHaveLength(0);
  });

  it('when the reset token is unknown, then reset answers 404 and validation false', async () => {
    const token = 'a'.repeat(40);
    const res = await server.http
      .post('/security/resetPassword')
      .send({ token, newPassword: 'brand-new-pass1' });
    expect(res.status).toBe(404);
    expect(res.body.errorDetails).toBe('Not Found');
    const valid = await server.http.get(`/security/validatePasswordResetToken/${token}`);
    expect(valid.body.responseData).toBe(false);
  });

  it('when the new password breaks the policy or the token is malformed, then 400 says why', async () => {
    const weak = await server.http
      .post('/security/resetPassword')
      .send({ token: 'b'.repeat(40), newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.errorDetails).toMatch(/newPassword/);
    const malformed = await server.http.get('/security/validatePasswordResetToken/not-a-token');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errorDetails).toMatch(/token/);
  });
});
