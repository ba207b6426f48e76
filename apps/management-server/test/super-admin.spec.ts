import { adminSchema, adminSummarySchema, auditEntrySchema, paginated } from '@aneis/contracts';
import { findLinks } from '@aneis/mail';
import { z } from 'zod';
import { present } from '@aneis/testing';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let root: { id: string; email: string; password: string };
let rootCookie: string;

beforeAll(async () => {
  root = await server.createAdmin(['SUPERADMIN'], { email: 'root@example.com', name: 'Root' });
  rootCookie = await server.sessionFor(root.id);
});

const auditPage = paginated(auditEntrySchema);

async function auditOf(entityId: string) {
  const res = await server.http
    .post('/audit/list')
    .set('Cookie', rootCookie)
    .send({ pagingOptions: { page: 1, limit: 50 }, entityType: 'admin', entityId });
  expect(res.status).toBe(200);
  return auditPage.parse(res.body.responseData).docs;
}

describe('createAdmin', () => {
  it('when a superadmin creates an admin, then it is approved and gets a 30-day onboarding link', async () => {
    const res = await server.http
      .post('/superAdmin/createAdmin')
      .set('Cookie', rootCookie)
      .send({
        email: 'New@Example.com',
        name: 'New Admin',
        permissions: ['CATALOG_VIEW'],
        approved: true,
      });
    expect(res.status).toBe(200);
    expect(adminSummarySchema.parse(res.body.responseData)).toEqual({
      email: 'new@example.com',
      name: 'New Admin',
      permissions: ['CATALOG_VIEW'],
    });
    const [mail] = await server.outbox({
      to: 'new@example.com',
      template: 'confirm_account_admin',
    });
    const link = present(findLinks(present(mail, 'the onboarding mail'))[0], 'its link');
    expect(link).toMatch(/^http:\/\/admin\.test\/onboarding\/[0-9a-f]{40}$/);
    const token = present(link.split('/').pop(), "the link's token");
    const stored = await server.services.admins.findOne({ email: 'new@example.com' }).lean();
    const expires = present(present(stored, 'the stored admin').passwordResetExpires, 'an expiry');
    const ttlDays = (expires.getTime() - Date.now()) / 86_400_000;
    expect(ttlDays).toBeGreaterThan(29.9);
    expect(ttlDays).toBeLessThanOrEqual(30);

    const set = await server.http
      .post('/security/resetPassword')
      .send({ token, newPassword: 'onboarded-pass1' });
    expect(set.status).toBe(200);
    await server.login('new@example.com', 'onboarded-pass1');

    const entries = await auditOf('new@example.com');
    expect(entries.map((e) => e.action)).toEqual(['resetPassword', 'createAdmin']);
    const entry = entries[1];
    expect(entry).toMatchObject({
      action: 'createAdmin',
      actor: { email: 'root@example.com', name: 'Root' },
      before: null,
      after: { email: 'new@example.com', permissions: ['CATALOG_VIEW'], approved: true },
    });
    expect(JSON.stringify(entry)).not.toMatch(/\$2[aby]\$/);
  });

  it('when the e-mail is taken, then 409 says so', async () => {
    const res = await server.http
      .post('/superAdmin/createAdmin')
      .set('Cookie', rootCookie)
      .send({ email: 'root@example.com', name: 'Dup', permissions: ['ORDER_VIEW'] });
    expect(res.status).toBe(409);
    expect(res.body.errorDetails).toMatch(/already exists/);
  });

  it.each([
    ['no permissions', { email: 'x@example.com', name: 'X', permissions: [] }],
    ['an unknown role', { email: 'x@example.com', name: 'X', permissions: ['GOD'] }],
    ['a bad e-mail', { email: 'not-an-email', name: 'X', permissions: ['ORDER_VIEW'] }],
  ])('when the body has %s, then the answer is a readable 400', async (_label, body) => {
    const res = await server.http
      .post('/superAdmin/createAdmin')
      .set('Cookie', rootCookie)
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toMatch(/^Invalid request: /);
  });
});

describe('listing and details', () => {
  it('when admins are listed, then no hash or token is shown', async () => {
    const res = await server.http.get('/superAdmin/getAllAdmins').set('Cookie', rootCookie);
    expect(res.status).toBe(200);
    const admins = z.array(adminSchema).parse(res.body.responseData);
    expect(admins.map((a) => a.email)).toContain('root@example.com');
    expect(JSON.stringify(res.body)).not.toMatch(/password|Token/);
  });

  it('when details are asked for, then the admin comes back or 404', async () => {
    const found = await server.http
      .get('/superAdmin/getAdminDetails')
      .query({ email: 'ROOT@example.com' })
      .set('Cookie', rootCookie);
    expect(adminSchema.parse(found.body.responseData).email).toBe('root@example.com');
    const missing = await server.http
      .get('/superAdmin/getAdminDetails')
      .query({ email: 'ghost@example.com' })
      .set('Cookie', rootCookie);
    expect(missing.status).toBe(404);
    expect(missing.body.errorDetails).toBe('Not Found');
  });
});

describe('updateAdminAccess', () => {
  it('when permissions change, then they apply on the next request without a new login', async () => {
    const admin = await server.createAdmin(['CATALOG_VIEW']);
    const cookie = await server.sessionFor(admin.id);
    expect((await server.http.get('/superAdmin/getAllAdmins').set('Cookie', cookie)).status).toBe(
      403,
    );
    const res = await server.http
      .put('/superAdmin/updateAdminAccess')
      .set('Cookie', rootCookie)
      .send({ email: admin.email, permissions: ['SUPERADMIN'], name: 'Promoted' });
    expect(res.status).toBe(200);
    expect(adminSchema.parse(res.body.responseData)).toMatchObject({
      name: 'Promoted',
      permissions: ['SUPERADMIN'],
      approved: true,
    });
    expect((await server.http.get('/superAdmin/getAllAdmins').set('Cookie', cookie)).status).toBe(
      200,
    );

    const [entry] = await auditOf(admin.email);
    expect(entry).toMatchObject({
      action: 'updateAdminAccess',
      before: { name: expect.any(String), permissions: ['CATALOG_VIEW'] },
      after: { name: 'Promoted', permissions: ['SUPERADMIN'] },
    });
    expect(present(entry, 'the audit entry').before).not.toHaveProperty('approved');
  });

  it('when an admin is disapproved, then their sessions end and login is refused', async () => {
    const admin = await server.createAdmin(['ORDER_VIEW']);
    const cookie = await server.login(admin.email, admin.password);
    const res = await server.http
      .put('/superAdmin/updateAdminAccess')
      .set('Cookie', rootCookie)
      .send({ email: admin.email, approved: false });
    expect(res.body.responseData.approved).toBe(false);
    expect((await server.http.get('/security/isLoggedIn').set('Cookie', cookie)).body).toBe(false);
    expect(await server.services.sessions.sessionIds(admin.id)).toEqual([]);
    const login = await server.http
      .post('/security/login')
      .send({ email: admin.email, password: admin.password });
    expect(login.status).toBe(401);
  });

  it('when other fields are sent (password), then they are stripped and nothing changes', async () => {
    const admin = await server.createAdmin(['ORDER_VIEW']);
    const res = await server.http
      .put('/superAdmin/updateAdminAccess')
      .set('Cookie', rootCookie)
      .send({ email: admin.email, password: 'hacked-pass1' });
    expect(res.status).toBe(200);
    await server.login(admin.email, admin.password);
    await expect(server.login(admin.email, 'hacked-pass1')).rejects.toThrow();
  });

  it('when no admin has the e-mail, then 400 says so', async () => {
    const res = await server.http
      .put('/superAdmin/updateAdminAccess')
      .set('Cookie', rootCookie)
      .send({ email: 'ghost@example.com', name: 'Ghost' });
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toBe('No admin has this e-mail');
  });
});

describe('the last superadmin', () => {
  it('when another approved superadmin remains, then a superadmin may be demoted', async () => {
    const second = await server.createAdmin(['SUPERADMIN']);
    const res = await server.http
      .put('/superAdmin/updateAdminAccess')
      .set('Cookie', rootCookie)
      .send({ email: second.email, permissions: ['ORDER_VIEW'] });
    expect(res.status).toBe(200);
    expect(res.body.responseData.permissions).toEqual(['ORDER_VIEW']);
  });

  it('when the last superadmin would be demoted, disapproved or deleted, then 409 refuses it', async () => {
    // Other superadmins were created above; leave only one.
    await server.services.admins.updateMany(
      { email: { $ne: 'root@example.com' }, permissions: 'SUPERADMIN' },
      { $set: { approved: false } },
    );
    for (const body of [
      { email: 'root@example.com', permissions: ['ORDER_VIEW'] },
      { email: 'root@example.com', approved: false },
    ]) {
      const res = await server.http
        .put('/superAdmin/updateAdminAccess')
        .set('Cookie', rootCookie)
        .send(body);
      expect(res.status).toBe(409);
      expect(res.body.errorDetails).toMatch(/last approved superadmin/);
    }
    const del = await server.http
      .delete('/superAdmin/deleteAdmin')
      .set('Cookie', rootCookie)
      .send({ email: 'root@example.com' });
    expect(del.status).toBe(409);
  });
});

describe('deleteAdmin', () => {
  it('when an admin is deleted, then their sessions stop working and the audit keeps the before', async () => {
    const admin = await server.createAdmin(['ORDER_VIEW']);
    const cookie = await server.sessionFor(admin.id);
    const res = await server.http
      .delete('/superAdmin/deleteAdmin')
      .set('Cookie', rootCookie)
      .send({ email: admin.email });
    expect(res.status).toBe(200);
    expect(res.body.responseData).toEqual({ deletedCount: 1 });
    expect((await server.http.get('/security/isLoggedIn').set('Cookie', cookie)).body).toBe(false);
    const [entry] = await auditOf(admin.email);
    expect(entry).toMatchObject({
      action: 'deleteAdmin',
      after: null,
      before: { email: admin.email },
    });
  });

  it('when nobody has the e-mail, then 404 (not a silent success)', async () => {
    const res = await server.http
      .delete('/superAdmin/deleteAdmin')
      .set('Cookie', rootCookie)
      .send({ email: 'ghost@example.com' });
    expect(res.status).toBe(404);
  });
});

describe('audit list filters', () => {
  it('when filtered by admin and time, then only matching entries come back, newest first', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const res = await server.http
      .post('/audit/list')
      .set('Cookie', rootCookie)
      .send({ pagingOptions: { page: 1, limit: 2 }, adminEmail: 'root@example.com', from: since });
    const page = auditPage.parse(res.body.responseData);
    expect(page.docs).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect(page.docs.every((d) => d.actor.email === 'root@example.com')).toBe(true);
    const [newer, older] = [present(page.docs[0], 'an entry'), present(page.docs[1], 'another')];
    expect(Date.parse(newer.at)).toBeGreaterThanOrEqual(Date.parse(older.at));
  });

  it('when "from" is after "to" or paging is missing, then 400 says why', async () => {
    const res = await server.http
      .post('/audit/list')
      .set('Cookie', rootCookie)
      .send({
        pagingOptions: { page: 1, limit: 2 },
        from: '2030-01-01T00:00:00Z',
        to: '2020-01-01T00:00:00Z',
      });
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toMatch(/"from" must not be after "to"/);
    const noPaging = await server.http.post('/audit/list').set('Cookie', rootCookie).send({});
    expect(noPaging.status).toBe(400);
    expect(noPaging.body.errorDetails).toMatch(/pagingOptions/);
  });
});
