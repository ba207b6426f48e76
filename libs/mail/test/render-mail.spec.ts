import { MAIL_LANGUAGES } from '../src/language/mail-language.js';
import { renderMail } from '../src/render/render-mail.js';
import { MAIL_TEMPLATES } from '../src/templates/template-names.js';
import { order, sampleMails } from './mail-fixtures.js';
import { orderReceivedMail } from '../src/templates/order-mails.js';

const samples = sampleMails();
const cases = Object.values(MAIL_TEMPLATES).flatMap((template) =>
  MAIL_LANGUAGES.map((language) => [template, language] as const),
);

/** What a reader sees of the HTML: tags dropped, the common entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replace(/\s+/g, ' ');
}

/** Intl puts no-break spaces in money and dates; the assertions are about the words. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

describe('rendered mails', () => {
  it('when every template is listed, then there is a sample of each', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.values(MAIL_TEMPLATES).sort());
  });

  it.each(cases)(
    'when %s is rendered in %s, then subject, HTML and text agree',
    (template, language) => {
      const sample = samples[template];
      if (!sample) throw new Error(`no sample for ${template}`);
      const mail = renderMail(template, sample.data, language);

      expect(mail.subject.length).toBeGreaterThan(10);
      expect(mail.html).toMatch(/^<!doctype html>/);
      expect(mail.html).toContain(`<html lang="${language === 'pt' ? 'pt-PT' : 'en-GB'}">`);
      // The subject, the greeting by name and every data link reach both versions.
      expect(mail.html).toContain(`<title>${mail.subject.replaceAll('&', '&amp;')}</title>`);
      const name = language === 'pt' ? 'Olá' : 'Hello';
      expect(mail.text).toContain(name);
      expect(visibleText(mail.html)).toContain(name);
      const links = Object.values(sample.data).filter(
        (value): value is string => typeof value === 'string' && value.startsWith('https://'),
      );
      for (const link of links) {
        expect(hrefs(mail.html)).toContain(link);
        expect(mail.text).toContain(`\n${link}\n`);
      }
      // Text a person reads: no markup, no template syntax, no runs of blank lines.
      expect(mail.text).not.toMatch(/<[a-z/]|<%|%>|undefined|\[object/);
      expect(mail.text).not.toMatch(/\n{3}/);
      expect(mail.html).not.toMatch(/<%|%>|undefined|\[object/);
    },
  );

  it('when the same mail is rendered in both languages, then the words differ and the links do not', () => {
    const { data } = samples['reset_password_customer'] ?? { data: {} };
    const pt = renderMail('reset_password_customer', data, 'pt');
    const en = renderMail('reset_password_customer', data, 'en');
    expect(pt.subject).toBe('Redefinir a palavra-passe · A Senhora dos Anéis');
    expect(en.subject).toBe('Reset your password · A Senhora dos Anéis');
    expect(pt.text).toContain('Escolher nova palavra-passe:');
    expect(en.text).toContain('Choose a new password:');
    expect(hrefs(pt.html)).toEqual(hrefs(en.html));
  });

  it('when data carries markup and quotes, then the HTML shows it as text and never as markup', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> "Ana" & \'Rui\'';
    const base = order();
    const [line] = base.cart.items;
    if (!line) throw new Error('the fixture order has lines');
    const received = orderReceivedMail(
      {
        ...base,
        mailing_address: { ...base.mailing_address, firstName: hostile, city: hostile },
        cart: {
          ...base.cart,
          items: [
            {
              ...line,
              product: { ...line.product, name: hostile },
              customizations: { [hostile]: hostile },
            },
          ],
        },
      },
      'https://aneis.example/shopping',
    );
    const mail = renderMail(received.template, received.data, 'pt');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toMatch(/"Ana"|'Rui'/);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(visibleText(mail.html)).toContain(hostile);
    // The text version is not markup: it keeps the characters as typed.
    expect(mail.text).toContain(`Olá ${hostile},`);
  });

  it('when a link in the data is not http(s), then no button points at it', () => {
    const account = () =>
      renderMail('confirm_account_customer', {
        name: 'Ana',
        confirm_account_customer_url: 'javascript:alert(1)',
      });
    expect(account).toThrow(expect.objectContaining({ code: 'invalid_data' }));

    const status = renderMail('order_status_changed', {
      ...samples['order_status_changed']?.data,
      order_url: 'javascript:alert(1)',
      item: { name: 'Anel', tracking_url: 'data:text/html,boo' },
    });
    expect(status.html).not.toMatch(/javascript:|data:text/);
    expect(status.text).not.toMatch(/javascript:|data:text/);
  });

  it('when a link carries a query, then its ampersands are escaped in the attribute and kept in the text', () => {
    const url = 'https://aneis.example/shopping/password-reset/t?a=1&b="2"';
    const mail = renderMail('reset_password_customer', { reset_password_customer_url: url }, 'en');
    expect(mail.html).toContain(
      'href="https://aneis.example/shopping/password-reset/t?a=1&amp;b=%222%22"',
    );
    expect(mail.text).toContain('https://aneis.example/shopping/password-reset/t?a=1&b=%222%22');
    expect(mail.text).toContain('Hello,');
  });

  it('when the order carries IVA, an order number and bank-transfer details, then the mail shows them', () => {
    const received = orderReceivedMail(order(), 'https://aneis.example/shopping');
    const data = {
      ...received.data,
      order_number: 'AN-2026-000123',
      cart: {
        ...(received.data['cart'] as object),
        vatPrice: { amount: 16.55, currency: 'EUR' },
        vatRatePercent: 23,
      },
      bank_transfer: {
        iban: 'PT50 0002 0123 1234 5678 9015 4',
        beneficiary: 'A Senhora dos Anéis, Lda.',
        deadline: '2026-03-20',
      },
    };
    const pt = renderMail('order_received', data, 'pt');
    pt.text = plain(pt.text);
    expect(pt.subject).toBe('Recebemos a sua encomenda AN-2026-000123');
    expect(pt.text).toMatch(/IVA incluído \(23 %\): +16,55 €/);
    expect(pt.text).toContain('Pagamento por transferência bancária');
    expect(pt.text).toMatch(/IBAN: +PT50 0002 0123 1234 5678 9015 4/);
    expect(pt.text).toMatch(/Referência: +AN-2026-000123/);
    expect(pt.text).toMatch(/Prazo: +20 de março de 2026/);
    expect(pt.text).toContain('transfira 88,48 €');
    const en = renderMail('order_received', data, 'en');
    en.text = plain(en.text);
    expect(en.text).toMatch(/VAT included \(23%\): +€16.55/);
    expect(en.text).toMatch(/Pay by: +20 March 2026/);
    expect(visibleText(en.html)).toContain('Paying by bank transfer');
  });

  it.each([
    ['pt', /Total: +88,48 €\s+dos quais IVA \(6 %\): +0,57 €\s+dos quais IVA \(23 %\): +11,22 €/],
    ['en', /Total: +€88.48\s+of which VAT \(6%\): +€0.57\s+of which VAT \(23%\): +€11.22/],
  ] as const)(
    'when the order was charged IVA at two rates, then the %s mail shows each under the total',
    (language, rows) => {
      const charged = order();
      charged.cart.vatLines = [
        { ratePercent: 6, vatPrice: { cents: 57, currency: 'EUR' } },
        { ratePercent: 23, vatPrice: { cents: 1122, currency: 'EUR' } },
      ];
      const request = orderReceivedMail({ ...charged, language }, 'https://aneis.example/shopping');
      const mail = renderMail('order_received', request.data, language);
      expect(plain(mail.text)).toMatch(rows);
      expect(plain(visibleText(mail.html))).toContain(
        language === 'pt' ? 'dos quais IVA (23 %)' : 'of which VAT (23%)',
      );
      expect(plain(mail.text)).not.toContain(language === 'pt' ? 'IVA incluído' : 'VAT included');
    },
  );

  it.each([
    ['pt', /Referência:? +AN-2026-000123/, /Prazo:? +10 de dezembro de 2026/, '88,48 €'],
    ['en', /Reference:? +AN-2026-000123/, /Pay by:? +10 December 2026/, '€88.48'],
  ] as const)(
    'when the shopping server passes bank-transfer instructions in %s, then HTML and text give the grouped IBAN, reference and deadline',
    (language, reference, deadline, amount) => {
      const request = orderReceivedMail(
        { ...order(), language },
        'https://aneis.example/shopping',
        'path',
        {
          iban: 'PT50000201231234567890154',
          beneficiary: 'A Senhora dos Anéis, Lda.',
          reference: 'AN-2026-000123',
          amount: { amount: 88.48, currency: 'EUR' },
          deadline: '2026-12-10',
        },
      );
      const mail = renderMail('order_received', request.data, request.language);
      for (const body of [plain(mail.text), plain(visibleText(mail.html))]) {
        expect(body).toMatch(/IBAN:? +PT50 0002 0123 1234 5678 9015 4/);
        expect(body).toMatch(reference);
        expect(body).toMatch(deadline);
        expect(body).toContain(amount);
        expect(body).toContain('A Senhora dos Anéis, Lda.');
      }
    },
  );

  it('when no instructions are passed (card, cash on delivery, a paid transfer), then the mail has no transfer block', () => {
    const request = orderReceivedMail(order(), 'https://aneis.example/shopping');
    const mail = renderMail('order_received', request.data, 'pt');
    expect(mail.text).not.toContain('IBAN');
    expect(visibleText(mail.html)).not.toContain('transferência bancária');
  });

  it('when an order has no such extras, then no IVA, transfer or empty lines appear', () => {
    const text = plain(
      renderMail('order_received', samples['order_received']?.data ?? {}, 'pt').text,
    );
    expect(text).not.toMatch(/IVA|IBAN|Taxas alfandegárias/);
    expect(text).toMatch(/Taxa de serviço: +3,50 €/);
  });

  it('when an order changes in a way the copy has no words for, then the new status says it', () => {
    const mail = renderMail(
      'order_status_changed',
      { order_id: 'abc123', overall_status: 'COMPLETED', event: 'archived' },
      'en',
    );
    expect(mail.subject).toBe('Your order abc123 was updated');
    expect(mail.text).toContain('The order is now: Completed.');
  });

  it('when each order event is rendered, then its subject names it in both languages', () => {
    const subjects = ['confirmed', 'cancelled', 'shipped', 'delivered'].map((event) =>
      MAIL_LANGUAGES.map(
        (language) =>
          renderMail(
            'order_status_changed',
            { order_id: 'X1', event, overall_status: 'CONFIRMED' },
            language,
          ).subject,
      ),
    );
    expect(subjects).toEqual([
      ['A sua encomenda X1 foi confirmada', 'Your order X1 is confirmed'],
      ['A sua encomenda X1 foi cancelada', 'Your order X1 was cancelled'],
      ['A sua encomenda X1 foi enviada', 'Your order X1 is on its way'],
      ['A sua encomenda X1 foi entregue', 'Your order X1 was delivered'],
    ]);
  });

  it('when the template is not ours, then rendering refuses it', () => {
    expect(() => renderMail('referral_bonus', {})).toThrow(
      expect.objectContaining({ code: 'unknown_template' }),
    );
  });
});
