import { findLinks, readOutbox } from '@aneis/mail';
import request from 'supertest';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let veniqaShop: RunningShop;

beforeAll(async () => {
  // As an operator serving Veniqa's own shopping webclient would configure it.
  veniqaShop = await harness.start({
    env: { PUBLIC_STOREFRONT_URL: 'http://veniqa-shop.test:5201/', STOREFRONT_LINK_STYLE: 'hash' },
  });
});

async function lastMail(to: string, template: string) {
  await veniqaShop.mail.settled();
  const mail = (await readOutbox(harness.outboxDir, { to, template })).at(-1);
  if (!mail) throw new Error(`no ${template} mail to ${to}`);
  return mail;
}

describe('a shop whose storefront is Veniqa’s hash-routed webclient', () => {
  it('when a shopper signs up, then the confirmation link is the #/email-confirmation route and its token confirms', async () => {
    await request(veniqaShop.server)
      .post('/security/signup')
      .send({ email: 'hash@example.com', password: 'secret123', name: 'Hash' })
      .expect(200);

    const mail = await lastMail('hash@example.com', 'confirm_account_customer');
    const [link] = findLinks(mail);
    expect(link).toMatch(/^http:\/\/veniqa-shop\.test:5201\/#\/email-confirmation\/[0-9a-f]{40}$/);
    // What the shopper reads carries the same link, in the HTML and in the plain text.
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.text).toContain(`\n${link}\n`);
    // The client takes the route parameter as the token: it must confirm the account.
    const token = link?.split('/#/email-confirmation/')[1] ?? '';
    await request(veniqaShop.server).get(`/security/confirmEmailAddress/${token}`).expect(200);
  });

  it('when a shopper asks for a reset, then the link is the #/password-reset route the client reads', async () => {
    await request(veniqaShop.server)
      .post('/security/signup')
      .send({ email: 'hash-reset@example.com', password: 'secret123', name: 'Reset' })
      .expect(200);
    await request(veniqaShop.server)
      .get('/security/forgotPassword?email=hash-reset@example.com')
      .expect(200);

    const mail = await lastMail('hash-reset@example.com', 'reset_password_customer');
    const [link] = findLinks(mail);
    expect(link).toMatch(/^http:\/\/veniqa-shop\.test:5201\/#\/password-reset\/[0-9a-f]{40}$/);
    const token = link?.split('/#/password-reset/')[1] ?? '';
    const valid = await request(veniqaShop.server)
      .get(`/security/validatePasswordResetToken/${token}`)
      .expect(200);
    expect(valid.body.responseData).toBeTruthy();
  });
});
