import { insertOrder, insertProduct, seedCatalogBasics } from './support/fixtures.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let rootCookie: string;
let opsCookie: string;
let productId: string;
let fixture: Awaited<ReturnType<typeof seedCatalogBasics>>;

beforeAll(async () => {
  rootCookie = await server.cookieFor(['SUPERADMIN'], { email: 'chefe@example.com' });
  opsCookie = await server.cookieFor(['ORDER_MANAGE'], { email: 'loja@example.com' });
  fixture = await seedCatalogBasics(server);
  productId = await insertProduct(server, fixture, { stock: 5 });
});

async function newestMail(to: string, template: string) {
  const mail = (await server.outbox({ to, template })).at(-1);
  if (!mail) throw new Error(`no ${template} mail to ${to}`);
  return mail;
}

describe('the language of the admin server’s mails', () => {
  it('when a superadmin using English invites an admin, then the invitation is in English', async () => {
    await server.http
      .post('/superAdmin/createAdmin')
      .set('Cookie', rootCookie)
      .set('Accept-Language', 'en-GB')
      .send({ email: 'new-en@example.com', name: 'Nell', permissions: ['CATALOG_VIEW'] })
      .expect(200);
    const mail = await newestMail('new-en@example.com', 'confirm_account_admin');
    expect(mail.language).toBe('en');
    expect(mail.subject).toBe('Your A Senhora dos Anéis admin account');
    expect(mail.text).toContain('Hello Nell,');
  });

  it('when an admin asks for a reset without a language, then the mail is Portuguese', async () => {
    await server.http.get('/security/forgotPassword?email=loja@example.com').expect(200);
    const mail = await newestMail('loja@example.com', 'reset_password_admin');
    expect(mail.language).toBe('pt');
    expect(mail.subject).toBe('Redefinir a palavra-passe da gestão · A Senhora dos Anéis');
  });

  it('when an order placed in English is confirmed, then the shopper’s mail is English, whatever the admin uses', async () => {
    const { orderId } = await insertOrder(server, fixture, {
      lines: [{ productId, counts: 1, reservedStock: 1 }],
      userEmail: 'buyer-en@example.com',
    });
    await server.services.shop.Order.updateOne({ _id: orderId }, { $set: { language: 'en' } });
    await server.http
      .post('/orders/confirmOrder')
      .set('Cookie', opsCookie)
      .set('Accept-Language', 'pt-PT')
      .send({ orderId })
      .expect(200);
    const mail = await newestMail('buyer-en@example.com', 'order_status_changed');
    expect(mail.language).toBe('en');
    expect(mail.subject).toBe(`Your order ${orderId} is confirmed`);
  });

  it('when an order kept no language, then the shopper’s account language is used', async () => {
    await server.services.shop.Customer.create({
      email: 'old-en@example.com',
      password: 'x',
      name: 'Old',
      referral_token: 'old-en-referral',
      addresses: [],
      language: 'en',
    });
    const { orderId } = await insertOrder(server, fixture, {
      lines: [{ productId, counts: 1, reservedStock: 1 }],
      userEmail: 'old-en@example.com',
    });
    await server.http
      .post('/orders/confirmOrder')
      .set('Cookie', opsCookie)
      .send({ orderId })
      .expect(200);
    expect((await newestMail('old-en@example.com', 'order_status_changed')).language).toBe('en');
  });
});
