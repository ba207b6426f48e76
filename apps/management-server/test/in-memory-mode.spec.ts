import { categorySchema } from '@aneis/contracts';
import { useTestDatabase } from '@aneis/data/testing';
import { IN_PROCESS_STATE_WARNING } from '@aneis/http';
import { findLinks } from '@aneis/mail';
import { z } from 'zod';
import { startMemoryServer, type MemoryServer } from './support/memory-server.js';

// REDIS_URL=memory:// (a laptop without Redis): sessions, rate limits and session revocation
// live in this process, and there is no shopping cache to invalidate.
const db = useTestDatabase();

describe('management server with REDIS_URL=memory://', () => {
  let server: MemoryServer;

  beforeAll(async () => {
    server = await startMemoryServer(db);
  });
  afterAll(async () => {
    await server?.close();
  });

  const isLoggedIn = async (cookie: string): Promise<unknown> =>
    (await server.http.get('/security/isLoggedIn').set('Cookie', cookie)).body;

  it('when it starts, then it warns once that its state is in-process and is ready on MongoDB alone', async () => {
    expect(server.config.redis.inMemory).toBe(true);
    const warnings = server.logged().filter((line) => line.message === IN_PROCESS_STATE_WARNING);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.level).toBe('warn');
    const ready = await server.http.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { mongo: 'ok' } });
  });

  it('when an admin logs in, then the in-process session grants their roles only, until logout', async () => {
    const admin = await server.createAdmin(['CATEGORIES_VIEW']);
    const cookie = await server.login(admin.email, admin.password);
    expect(await isLoggedIn(cookie)).toBe(true);

    const list = await server.http.get('/referenceData/productCategoryList').set('Cookie', cookie);
    expect(list.status).toBe(200);
    expect(Array.isArray(list.body.responseData)).toBe(true);

    const categoriesBefore = await server.services.shop.Category.countDocuments();
    const forbidden = await server.http
      .post('/referenceData/productCategory')
      .set('Cookie', cookie)
      .send({ category: 'Rings', subcategory: 'Forbidden' });
    expect(forbidden.status).toBe(403);
    expect(await server.services.shop.Category.countDocuments()).toBe(categoriesBefore);

    const out = await server.http.get('/security/logout').set('Cookie', cookie);
    expect(out.status).toBe(200);
    expect(await isLoggedIn(cookie)).toBe(false);
    const afterLogout = await server.http
      .get('/referenceData/productCategoryList')
      .set('Cookie', cookie);
    expect(afterLogout.status).toBe(401);
    expect(await server.services.sessions.sessionIds(admin.id)).toEqual([]);
  });

  it('when a category is added through the API, then it is saved and audited with no shopping cache to bump', async () => {
    const admin = await server.createAdmin(['CATEGORIES_MANAGE']);
    const cookie = await server.login(admin.email, admin.password);
    const res = await server.http
      .post('/referenceData/productCategory')
      .set('Cookie', cookie)
      .send({ category: 'Rings', subcategory: 'In memory' });
    expect(res.status).toBe(200);
    const added = categorySchema.parse(res.body.responseData);
    expect(added).toMatchObject({ category: 'Rings', subcategory: 'In memory' });

    const list = await server.http.get('/referenceData/productCategoryList').set('Cookie', cookie);
    const ids = z.array(categorySchema).parse(list.body.responseData);
    expect(ids.map((category) => category._id)).toContain(added._id);
    const audit = await server.services.auditEntries
      .findOne({ action: 'addCategory', entityId: added._id })
      .lean();
    expect(audit).toMatchObject({
      actor: { email: admin.email },
      before: null,
      after: { subcategory: 'In memory' },
    });
    // A failed invalidation is logged, not thrown: only the log would show Redis was reached for.
    expect(server.logged().filter((line) => line.level === 'error')).toEqual([]);
  });

  it('when an admin resets the password, then every session of theirs ends in this process', async () => {
    const admin = await server.createAdmin(['CATEGORIES_VIEW']);
    const laptop = await server.login(admin.email, admin.password);
    const phone = await server.login(admin.email, admin.password);
    expect(await server.services.sessions.sessionIds(admin.id)).toHaveLength(2);

    await server.http.get('/security/forgotPassword').query({ email: admin.email }).expect(200);
    const mails = await server.outbox({ to: admin.email, template: 'reset_password_admin' });
    expect(mails).toHaveLength(1);
    const token = mails.flatMap(findLinks)[0]?.split('/').pop();
    const reset = await server.http
      .post('/security/resetPassword')
      .send({ token, newPassword: 'memory-new-pass1' });
    expect(reset.status).toBe(200);

    // The admin is still approved, so only a destroyed session explains the logged-out cookies.
    expect(await isLoggedIn(laptop)).toBe(false);
    expect(await isLoggedIn(phone)).toBe(false);
    expect(await server.services.sessions.sessionIds(admin.id)).toEqual([]);
    expect(await isLoggedIn(await server.login(admin.email, 'memory-new-pass1'))).toBe(true);
  });

  it('when an admin is disapproved and approved again, then the old session stays ended', async () => {
    const root = await server.createAdmin(['SUPERADMIN']);
    const rootCookie = await server.login(root.email, root.password);
    const admin = await server.createAdmin(['CATEGORIES_VIEW']);
    const cookie = await server.login(admin.email, admin.password);
    const setApproved = (approved: boolean) =>
      server.http
        .put('/superAdmin/updateAdminAccess')
        .set('Cookie', rootCookie)
        .send({ email: admin.email, approved })
        .expect(200);

    await setApproved(false);
    expect(await server.services.sessions.sessionIds(admin.id)).toEqual([]);
    // Re-approving would revive a session that was merely hidden by the approval check.
    await setApproved(true);
    expect(await isLoggedIn(cookie)).toBe(false);
    expect(await isLoggedIn(rootCookie)).toBe(true);
  });
});

describe('credential rate limit with REDIS_URL=memory://', () => {
  let server: MemoryServer;

  beforeAll(async () => {
    // 1 per minute = 15 attempts per 15-minute window on the credential routes.
    // The per-address budget is what is tested here, not the per-account one.
    server = await startMemoryServer(db, {
      AUTH_RATE_LIMIT_PER_MINUTE: '1',
      LOGIN_ATTEMPTS_PER_ACCOUNT: '100',
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('when one client keeps guessing passwords, then the in-process limiter answers the 429 envelope', async () => {
    const admin = await server.createAdmin(['CATEGORIES_VIEW']);
    const budget = server.config.rateLimit.authPerMinute * 15;
    const statuses: number[] = [];
    for (let i = 0; i < budget; i += 1) {
      const res = await server.http
        .post('/security/login')
        .send({ email: admin.email, password: `guess-${i}-word1` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual(Array.from({ length: budget }, () => 401));

    // The limiter stands before the credential check: even the right password is refused now.
    const blocked = await server.http
      .post('/security/login')
      .send({ email: admin.email, password: admin.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({
      httpStatus: 429,
      status: 'failed',
      errorDetails: 'Too many attempts, please try again later.',
      code: 'TOO_MANY_REQUESTS',
    });
    // The credential routes share one counter; other routes keep their own, larger budget.
    const forgot = await server.http.get('/security/forgotPassword').query({ email: admin.email });
    expect(forgot.status).toBe(429);
    expect((await server.http.get('/security/isLoggedIn')).status).toBe(200);
  });
});
