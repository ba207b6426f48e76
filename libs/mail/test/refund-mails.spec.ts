import { renderMail } from '../src/render/render-mail.js';
import { orderRefundedMail, orderStatusChangedMail } from '../src/templates/order-mails.js';
import { order } from './mail-fixtures.js';

const eur = (cents: number) => ({ cents, currency: 'EUR' });
const storefront = 'https://aneis.example/shopping';

describe('cancellation, return and refund mails', () => {
  it('when a return with a card refund is mailed, then both languages name the item, quantity, amount, method and reason', () => {
    const request = orderRefundedMail({
      order: order(),
      returned: { lineId: '65f0c0ffee0000000000c001', quantity: 2 },
      refund: { amount: eur(5998), method: 'STRIPE', reason: 'Tamanho errado' },
      storefrontUrl: storefront,
    });
    expect(request).toMatchObject({ template: 'order_refunded', to: 'ana@example.com' });

    const pt = renderMail(request.template, request.data, 'pt');
    expect(pt.subject).toBe('Recebemos a sua devolução da encomenda 65f0c0ffee0000000000a001');
    expect(pt.text).toContain('Devolução aceite');
    expect(pt.text).toContain('2 unidades de “Anel de prata”');
    expect(pt.text).toMatch(/Valor devolvido: +59,98\s€/);
    expect(pt.text).toMatch(/Devolvido por: +Cartão \(para o cartão com que pagou\)/);
    expect(pt.text).toMatch(/Motivo: +Tamanho errado/);
    expect(pt.html).toContain('Devolução aceite');

    const en = renderMail(request.template, request.data, 'en');
    expect(en.subject).toBe('We have received your return from order 65f0c0ffee0000000000a001');
    expect(en.text).toContain('2 units of “Anel de prata”');
    expect(en.text).toMatch(/Amount refunded: +€59\.98/);
    expect(en.html).toContain('Card (to the card you paid with)');
  });

  it('when a refund alone is mailed (a card refund that went through later), then it says refund made, not return', () => {
    const request = orderRefundedMail({
      order: order(),
      refund: { amount: eur(8848), method: 'BANK_TRANSFER' },
    });
    const en = renderMail(request.template, request.data, 'en');
    expect(en.subject).toBe('Refund for your order 65f0c0ffee0000000000a001');
    expect(en.text).toContain('Refund made');
    expect(en.text).not.toContain('Return accepted');
    expect(en.text).toMatch(/Refunded by: +Bank transfer/);
    expect(en.text).not.toContain('Reason');
  });

  it('when a paid order is cancelled with a refund, then the cancellation mail says how much went back and how', () => {
    const request = orderStatusChangedMail({
      order: { ...order(), overall_status: 'CANCELLED' },
      event: 'cancelled',
      refund: { amount: eur(8848), method: 'BANK_TRANSFER', reason: 'Cliente desistiu' },
    });
    const pt = renderMail(request.template, request.data, 'pt');
    expect(pt.subject).toBe('A sua encomenda 65f0c0ffee0000000000a001 foi cancelada');
    expect(pt.text).toContain('Devolvemos-lhe 88,48');
    expect(pt.text).toMatch(/Devolvido por: +Transferência bancária/);
    expect(pt.text).toMatch(/Motivo: +Cliente desistiu/);
    const unpaid = orderStatusChangedMail({ order: order(), event: 'cancelled' });
    expect(renderMail(unpaid.template, unpaid.data, 'pt').text).not.toContain('Devolvemos');
  });
});
