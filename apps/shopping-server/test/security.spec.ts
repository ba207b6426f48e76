import { findLinks, readOutbox } from '@aneis/mail';
import request from 'supertest';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let shop: RunningShop;

beforeAll(async () => {
  shop = await harness.start();
});

async function lastMail(to: string, template: string) {
  await shop.mail.settled();
  const mails = await readOutbox(harness.outboxDir, { to, template });
  const mail = mails.at(-1);
  if (!mail) throw new Error(`no ${template} mail to ${to}`);
  return mail;
}

function tokenOf(link: string | undefined): string {
  return link?.split('/').at(-1) ?? '';
}

describe('accounts', () => {
  it('when a shopper signs up, confirms and logs in with a mixed-case e-mail, then the raw summary says confirmed', async () => {
    const signup = await request(shop.server)
      .post('/security/signup')
      .send({ email: ' Ann@Example.com ', password: 'secret123', name: 'Ann Lee', phone: '123' })
      .expect(200);
    expect(signup.body).toEqual({
      httpStatus: 200,
      status: 'successful',
      responseData: { email: 'ann@example.com', name: 'Ann Lee' },
    });
    const mail = await lastMail('ann@example.com', 'confirm_account_customer');
    const [link] = findLinks(mail);
    expect(link).toMatch(/^http:\/\/shop\.test\/shopping\/email-confirmation\/[0-9a-f]{40}$/);
    await request(shop.server)
      .get(`/security/confirmEmailAddress/${tokenOf(link)}`)
      .expect(200);
    await request(shop.server)
      .get(`/security/confirmEmailAddress/${tokenOf(link)}`)
      .expect(404);

    const agent = request.agent(shop.server);
    const login = await agent
      .post('/security/login')
      .send({ email: 'ANN@example.com', password: 'secret123' })
      .expect(200);
    expect(login.body).toMatchObject({
      email: 'ann@example.com',
      name: 'Ann Lee',
      emailConfirmed: true,
    });
    expect(typeof login.body.referral_token).toBe('string');
    expect((await agent.get('/security/isLoggedIn').expect(200)).body).toBe(true);
    const logout = await agent.get('/security/logout').expect(200);
    expect(logout.text).toBe('logged out successfully');
    expect((await agent.get('/security/isLoggedIn').expect(200)).body).toBe(false);
  });

  it('when signing up twice with one e-mail, then 409 says so; with a weak password, a readable 400', async () => {
    const body = { email: 'dup@example.com', password: 'secret123', name: 'Dup' };
    await request(shop.server).post('/security/signup').send(body).expect(200);
    const again = await request(shop.server).post('/security/signup').send(body).expect(409);
    expect(again.body.errorDetails).toMatch(/already exists/);
    expect(again.body).toMatchObject({
      code: 'EMAIL_TAKEN',
      fields: [{ path: 'email', code: 'taken' }],
    });
    const weak = await request(shop.server)
      .post('/security/signup')
      .send({ ...body, email: 'weak@example.com', password: 'short' })
      .expect(400);
    expect(typeof weak.body.errorDetails).toBe('string');
    expect(weak.body.code).toBe('VALIDATION_FAILED');
    expect(weak.body.fields).toEqual([
      { path: 'password', code: 'too_short', limit: 8 },
      { path: 'password', code: 'needs_digit' },
    ]);
  });

  it('when a sign-up form is sent empty, then every field is named with a code', async () => {
    const empty = await request(shop.server)
      .post('/security/signup')
      .send({ email: '', password: '', name: '' })
      .expect(400);
    const paths = (empty.body.fields as { path: string; code: string }[]).map((f) => f.path);
    expect(new Set(paths)).toEqual(new Set(['email', 'password', 'name']));
    expect(empty.body.fields).toContainEqual({ path: 'email', code: 'required' });
  });

  it('when login lacks a field or has wrong credentials, then Veniqa’s plain-text 400 and 401 come back', async () => {
    const missing = await request(shop.server)
      .post('/security/login')
      .send({ email: 'x@example.com' })
      .expect(400);
    expect(missing.text).toBe('Bad Request');
    const wrong = await request(shop.server)
      .post('/security/login')
      .send({ email: 'nobody@example.com', password: 'whatever1' })
      .expect(401);
    expect(wrong.text).toBe('Unauthorized');
  });

  it('when logging in, then the session id changes (no session fixation)', async () => {
    await request(shop.server)
      .post('/security/signup')
      .send({ email: 'fix@example.com', password: 'secret123', name: 'Fix' })
      .expect(200);
    const agent = request.agent(shop.server);
    // A pre-login session: asking for a reset link is anonymous and creates none, so plant one by logging in and out.
    const first = await agent
      .post('/security/login')
      .send({ email: 'fix@example.com', password: 'secret123' })
      .expect(200);
    const firstCookie = String(first.headers['set-cookie']);
    const second = await agent
      .post('/security/login')
      .send({ email: 'fix@example.com', password: 'secret123' })
      .expect(200);
    const secondCookie = String(second.headers['set-cookie']);
    const sid = (cookie: string) => /shop\.sid=([^;]+)/.exec(cookie)?.[1];
    expect(sid(firstCookie)).toBeDefined();
    expect(sid(secondCookie)).not.toBe(sid(firstCookie));
    // The planted (old) cookie is worthless now.
    const stale = await request(shop.server)
      .get('/security/isLoggedIn')
      .set('Cookie', `shop.sid=${sid(firstCookie) ?? ''}`)
      .expect(200);
    expect(stale.body).toBe(false);
  });

  it('when a password is reset, then the link works once, other sessions end, and unknown e-mails get the same answer', async () => {
    await request(shop.server)
      .post('/security/signup')
      .send({ email: 'reset@example.com', password: 'secret123', name: 'Reset' })
      .expect(200);
    const other = request.agent(shop.server);
    await other
      .post('/security/login')
      .send({ email: 'reset@example.com', password: 'secret123' })
      .expect(200);

    const unknown = await request(shop.server)
      .get('/security/forgotPassword?email=ghost@example.com')
      .expect(200);
    const known = await request(shop.server)
      .get('/security/forgotPassword?email=reset@example.com')
      .expect(200);
    expect(unknown.body).toEqual(known.body);

    const mail = await lastMail('reset@example.com', 'reset_password_customer');
    const [link] = findLinks(mail);
    expect(link).toMatch(/\/password-reset\/[0-9a-f]{40}$/);
    const token = tokenOf(link);
    expect(
      (await request(shop.server).get(`/security/validatePasswordResetToken/${token}`)).body
        .responseData,
    ).toBe(true);
    expect(
      (await request(shop.server).get('/security/validatePasswordResetToken/abc')).body
        .responseData,
    ).toBe(false);
    await request(shop.server)
      .post('/security/resetPassword')
      .send({ token, newPassword: 'another123' })
      .expect(200);
    await request(shop.server)
      .post('/security/resetPassword')
      .send({ token, newPassword: 'another123' })
      .expect(404);
    expect((await other.get('/security/isLoggedIn')).body).toBe(false);
    await request(shop.server)
      .post('/security/login')
      .send({ email: 'reset@example.com', password: 'another123' })
      .expect(200);
    await lastMail('reset@example.com', 'confirmation_password_reset_customer');
  });

  it('when a confirmation link is resent, then the answer is the same for unknown addresses', async () => {
    await request(shop.server)
      .post('/security/signup')
      .send({ email: 'resend@example.com', password: 'secret123', name: 'Resend' })
      .expect(200);
    const known = await request(shop.server)
      .get('/security/resendEmailAddressConfirmationLink?email=resend@example.com')
      .expect(200);
    const unknown = await request(shop.server)
      .get('/security/resendEmailAddressConfirmationLink?email=ghost@example.com')
      .expect(200);
    expect(known.body).toEqual(unknown.body);
    await shop.mail.settled(); // mails are written after the answer
    const mails = await readOutbox(harness.outboxDir, {
      to: 'resend@example.com',
      template: 'confirm_account_customer',
    });
    expect(mails.length).toBe(2);
  });

  it('when a protected route is called without a session, then Veniqa’s plain-text 401 comes back', async () => {
    for (const [method, path] of [
      ['get', '/user/address'],
      ['post', '/orders/createCheckout'],
      ['post', '/user/orderList'],
    ] as const) {
      const res = await request(shop.server)[method](path).send({});
      expect(res.status).toBe(401);
      expect(res.text).toBe('only for logged in users');
    }
  });
});
