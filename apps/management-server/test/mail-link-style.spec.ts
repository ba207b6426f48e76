import { findLinks } from '@aneis/mail';
import { useTestServer } from './support/use-test-server.js';

// As an operator serving Veniqa's own management webclient would configure it.
const server = useTestServer({
  env: {
    PUBLIC_ADMIN_URL: 'http://veniqa-admin.test:5202/',
    ADMIN_LINK_STYLE: 'hash',
  },
});
let rootCookie: string;

beforeAll(async () => {
  rootCookie = await server.cookieFor(['SUPERADMIN'], { email: 'root@example.com' });
});

/** The one link of the last mail of `template` to `to`. */
async function linkMailed(to: string, template: string): Promise<string> {
  const mail = (await server.outbox({ to, template })).at(-1);
  if (!mail) throw new Error(`no ${template} mail to ${to}`);
  const [link] = findLinks(mail);
  if (!link) throw new Error(`no link in the ${template} mail`);
  return link;
}

describe('a management server whose admin UI is Veniqa’s hash-routed webclient', () => {
  it('when an admin is created, then the welcome link is #/password-reset and sets the first password', async () => {
    await server.http
      .post('/superAdmin/createAdmin')
      .set('Cookie', rootCookie)
      .send({ email: 'veniqa@example.com', name: 'Veniqa Admin', permissions: ['CATALOG_VIEW'] })
      .expect(200);

    const link = await linkMailed('veniqa@example.com', 'confirm_account_admin');
    // Veniqa's admin has no onboarding page; its reset page is where a new admin starts.
    expect(link).toMatch(/^http:\/\/veniqa-admin\.test:5202\/#\/password-reset\/[0-9a-f]{40}$/);
    const token = link.split('/#/password-reset/')[1] ?? '';
    await server.http.get(`/security/validatePasswordResetToken/${token}`).expect(200);
    await server.http
      .post('/security/resetPassword')
      .send({ token, newPassword: 'first-pass-1' })
      .expect(200);
    await server.login('veniqa@example.com', 'first-pass-1');
  });

  it('when an admin forgets the password, then the reset link is #/password-reset', async () => {
    await server.http.get('/security/forgotPassword').query({ email: 'root@example.com' });
    const link = await linkMailed('root@example.com', 'reset_password_admin');
    expect(link).toMatch(/^http:\/\/veniqa-admin\.test:5202\/#\/password-reset\/[0-9a-f]{40}$/);
  });
});
