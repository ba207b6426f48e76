import { readOutbox } from '@aneis/mail';
import request from 'supertest';
import { customerWithCheckout, seedProduct } from './support/seed.js';
import { useSeededShop } from './support/seeded-shop.js';

const { harness, shop, refs } = useSeededShop();

async function lastMail(to: string, template: string) {
  await shop.mail.settled();
  const mail = (await readOutbox(harness.outboxDir, { to, template })).at(-1);
  if (!mail) throw new Error(`no ${template} mail to ${to}`);
  return mail;
}

describe('the language of the shop’s mails', () => {
  it('when a shopper signs up in English, then the account keeps English and the confirmation is English', async () => {
    await request(shop.server)
      .post('/security/signup')
      .set('Accept-Language', 'en-GB')
      .send({ email: 'eng@example.com', password: 'secret123', name: 'Eng' })
      .expect(200);

    const mail = await lastMail('eng@example.com', 'confirm_account_customer');
    expect(mail).toMatchObject({
      language: 'en',
      subject: 'Confirm your e-mail · A Senhora dos Anéis',
    });
    expect(mail.text).toContain('Hello Eng,');
    expect(mail.html).toContain('<html lang="en-GB">');
    const stored = await harness.models.Customer.findOne({ email: 'eng@example.com' }).lean();
    expect(stored?.language).toBe('en');
  });

  it('when a request names no language we write, then the mail is Portuguese', async () => {
    await request(shop.server)
      .post('/security/signup')
      .set('Accept-Language', 'de-DE,de;q=0.9')
      .send({ email: 'sem@example.com', password: 'secret123', name: 'Sem' })
      .expect(200);
    const mail = await lastMail('sem@example.com', 'confirm_account_customer');
    expect(mail.language).toBe('pt');
    expect(mail.subject).toBe('Confirme o seu e-mail · A Senhora dos Anéis');
  });

  it('when a reset is asked for in another language than the sign-up, then the reset follows the request', async () => {
    await request(shop.server)
      .post('/security/signup')
      .send({ email: 'swap@example.com', password: 'secret123', name: 'Swap' })
      .expect(200);
    await request(shop.server)
      .get('/security/forgotPassword?email=swap@example.com')
      .set('Accept-Language', 'en')
      .expect(200);
    const mail = await lastMail('swap@example.com', 'reset_password_customer');
    expect(mail.subject).toBe('Reset your password · A Senhora dos Anéis');
  });

  it('when an order is placed in English, then the order keeps English and its mail is English', async () => {
    const product = await seedProduct(harness.models, refs, { stock: 2 });
    const { agent, checkoutId } = await customerWithCheckout(
      shop,
      harness.models,
      'order-en@example.com',
      String(product._id),
      1,
    );
    await agent
      .post('/orders/completeCheckoutManually')
      .set('Accept-Language', 'en-GB,en;q=0.9,pt;q=0.5')
      .send({ checkoutId, method: 'BANK_TRANSFER' })
      .expect(200);

    const mail = await lastMail('order-en@example.com', 'order_received');
    expect(mail.language).toBe('en');
    const order = await harness.models.Order.findById(checkoutId).lean();
    // The mail names the order by its human number, not by its id.
    expect(order?.orderNumber).toMatch(/^AN-\d{4}-\d{6}$/);
    expect(mail.subject).toBe(`We have received your order ${order?.orderNumber}`);
    expect(mail.text).toContain('Bank transfer');
    expect(order?.language).toBe('en');
  });
});
