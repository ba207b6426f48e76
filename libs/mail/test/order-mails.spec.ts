import { createMailer } from '../src/create-mailer.js';
import { readOutbox } from '../src/read-outbox.js';
import { orderReceivedMail, orderStatusChangedMail } from '../src/templates/order-mails.js';
import { storefrontLinks } from '../src/links/storefront-links.js';
import {
  MAIL_TEMPLATES,
  MANAGEMENT_MAIL_TEMPLATES,
  SHOPPING_MAIL_TEMPLATES,
} from '../src/templates/template-names.js';
import { renderMail } from '../src/render/render-mail.js';
import type { DataRecord } from '../src/render/views/template-data.js';
import { order } from './mail-fixtures.js';
import { temporaryDir } from './mail-test-kit.js';

describe('order mails', () => {
  it('when an item ships, then the status mail names the order, event, item, shipment and link, with money as amounts', () => {
    const mail = orderStatusChangedMail({
      order: order(),
      event: 'shipped',
      lineId: '65f0c0ffee0000000000c001',
      name: 'Ana',
      storefrontUrl: 'https://aneis.example/shopping/',
    });
    expect(mail.template).toBe('order_status_changed');
    expect(mail.to).toBe('ana@example.com');
    expect(mail.data).toMatchObject({
      order_id: '65f0c0ffee0000000000a001',
      overall_status: 'IN-PROGRESS',
      event: 'shipped',
      name: 'Ana',
      order_url: 'https://aneis.example/shopping/orders/65f0c0ffee0000000000a001',
      item: {
        name: 'Anel de prata',
        status: 'SHIPPED',
        provider: 'DHL',
        tracking_number: 'JD0001',
      },
      order: {
        _id: '65f0c0ffee0000000000a001',
        mailing_address: { _id: '65f0c0ffee0000000000b001', city: 'Lisboa' },
        cart: {
          items: [
            {
              product: { price: { amount: 29.99, currency: 'EUR' } },
              customizations: { size: '14' },
            },
            { customizations: {} },
          ],
          totalPrice: { amount: 88.48, currency: 'EUR' },
        },
        payment_info: [{ source: 'STRIPE', amount_in_payment_currency: { amount: 88.48 } }],
      },
    });
  });

  it('when the whole order changes and no storefront address is given, then the mail has no item and no link', () => {
    const mail = orderStatusChangedMail({ order: order(), event: 'cancelled' });
    expect(mail.data).not.toHaveProperty('item');
    expect(mail.data).not.toHaveProperty('order_url');
    expect(mail.data).not.toHaveProperty('name');
    expect(mail.data['event']).toBe('cancelled');
  });

  it('when an order is received, then its mail carries the condensed order with the tracking link', () => {
    const mail = orderReceivedMail(order(), 'https://aneis.example/shopping');
    expect(mail).toMatchObject({
      template: 'order_received',
      to: 'ana@example.com',
      data: {
        orders: { track_url: 'https://aneis.example/shopping/orders/65f0c0ffee0000000000a001' },
      },
    });
  });

  it('when an order has a human number, then both order mails name it rather than the id', () => {
    const numbered = { ...order(), orderNumber: 'AN-2026-000123' };
    const received = orderReceivedMail(numbered);
    const changed = orderStatusChangedMail({ order: numbered, event: 'cancelled' });
    for (const mail of [received, changed]) {
      const rendered = renderMail(mail.template, mail.data as DataRecord, mail.language);
      expect(rendered.subject + rendered.text).toContain('AN-2026-000123');
      expect(rendered.subject + rendered.text).not.toContain('65f0c0ffee0000000000a001 ');
    }
  });

  it('when a ring was ordered in size 62 and platinum, then the mail reads its choices labelled in the order’s language, never raw keys', () => {
    const ring = order();
    const [first, second] = ring.cart.items;
    if (!first || !second) throw new Error('the fixture has two lines');
    const labelled = {
      ...first,
      product: {
        ...first.product,
        customizationOptions: {
          customizations: [
            {
              type: 'Array' as const,
              name: 'Tamanho (EU)',
              key: 'tamanho',
              labels: { pt: 'Tamanho (EU)', en: 'Size (EU)' },
            },
            {
              type: 'Array' as const,
              name: 'Metal',
              key: 'metal',
              valueDetails: [
                { value: 'Platina 950', labels: { pt: 'Platina 950', en: 'Platinum 950' } },
              ],
            },
          ],
        },
      },
      customizations: { tamanho: '62', metal: 'Platina 950' },
    };
    for (const [language, expected] of [
      ['en', 'Size (EU): 62'],
      ['pt', 'Tamanho (EU): 62'],
    ] as const) {
      const mail = orderReceivedMail({
        ...ring,
        language,
        cart: { ...ring.cart, items: [labelled, second] },
      });
      const rendered = renderMail(mail.template, mail.data as DataRecord, mail.language);
      expect(rendered.text).toContain(expected);
      expect(rendered.text).toContain(
        language === 'en' ? 'Metal: Platinum 950' : 'Metal: Platina 950',
      );
      expect(rendered.text).not.toContain('tamanho');
    }
  });

  it('when an order used a coupon, then the received mail shows its code and discount above the total, in PT and EN', () => {
    const discounted = {
      ...order(),
      coupon: { code: 'VERAO10', discount: { cents: 1250, currency: 'EUR' } },
    };
    const mail = orderReceivedMail(discounted);
    const pt = renderMail(mail.template, mail.data as DataRecord, 'pt');
    const en = renderMail(mail.template, mail.data as DataRecord, 'en');
    expect(pt.text).toMatch(/Desconto \(VERAO10\)[^\n]*−[^\n]*12,50/);
    expect(en.text).toMatch(/Discount \(VERAO10\)[^\n]*−[^\n]*12\.50/);
    expect(pt.html).toContain('Desconto (VERAO10)');
    const plain = renderMail(
      orderReceivedMail(order()).template,
      orderReceivedMail(order()).data as DataRecord,
      'pt',
    );
    expect(plain.text).not.toContain('Desconto');
    // The discount row comes before the total's.
    expect(pt.text.indexOf('Desconto (VERAO10)')).toBeLessThan(pt.text.lastIndexOf('Total'));
  });

  it('when an order mail is sent through the outbox, then it survives JSON as built', async () => {
    const { dir, remove } = await temporaryDir();
    try {
      const mailer = createMailer({
        from: 'loja@aneis.example',
        outboxDir: dir,
        templates: { order_status_changed: 'order_status_changed' },
      });
      const mail = orderStatusChangedMail({ order: order(), event: 'delivered' });
      await mailer.send(mail);
      const [stored] = await readOutbox(dir, { template: 'order_status_changed' });
      expect(stored?.data).toEqual(mail.data);
      expect(stored?.subject).toBe('A sua encomenda 65f0c0ffee0000000000a001 foi entregue');
    } finally {
      await remove();
    }
  });

  it('when storefront links are built, then they use Veniqa’s paths without the hash', () => {
    const links = storefrontLinks('https://aneis.example/shopping///');
    expect(links.emailConfirmation('t1')).toBe(
      'https://aneis.example/shopping/email-confirmation/t1',
    );
    expect(links.passwordReset('t2')).toBe('https://aneis.example/shopping/password-reset/t2');
  });

  it('when the template lists are read, then each server’s templates are known names and the status mail is shared', () => {
    const names = new Set<string>(Object.values(MAIL_TEMPLATES));
    for (const name of [...SHOPPING_MAIL_TEMPLATES, ...MANAGEMENT_MAIL_TEMPLATES]) {
      expect(names.has(name)).toBe(true);
    }
    expect(SHOPPING_MAIL_TEMPLATES).toContain('order_status_changed');
    expect(MANAGEMENT_MAIL_TEMPLATES).toContain('order_status_changed');
  });
});
