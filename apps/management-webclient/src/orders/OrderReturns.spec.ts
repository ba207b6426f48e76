import type { AdminOrderDetail } from '@aneis/contracts';
import { flushPromises } from '@vue/test-utils';
import { installFakeServer } from '../testing/fake-server.js';
import { answerConfirm, mountRoute, rememberAdmin } from '../testing/mount-route.js';
import { auditBy, orderFixture, paidWith } from '../testing/order-fixture.js';

const loggedIn = { 'GET /security/isLoggedIn': () => ({ raw: 'true' }) };
const noCarriers = { 'GET /referenceData/carrierList': () => ({ data: [] }) };
const orderPath = '/orders/a0000000000000000000000a';
const lineId = 'c00000000000000000000000';
const audit = auditBy('ana@aneis.pt');
const delivered = {
  status: 'DELIVERED' as const,
  delivery: { delivery_date: '2026-05-03T00:00:00.000Z', auditLog: audit },
};

/** A delivered transfer order of one line of three units (33,00 € each). */
function deliveredOrder(returned?: number): AdminOrderDetail {
  const order = paidWith(orderFixture('COMPLETED', [delivered]), 'BANK_TRANSFER', 'PAID');
  const [line] = order.cart.items;
  if (!line) throw new Error('the fixture has one line');
  return {
    ...order,
    cart: {
      ...order.cart,
      items: [
        {
          ...line,
          counts: 3,
          aggregatedPrice: { amount: 99, currency: 'EUR' },
          ...(returned ? { returned } : {}),
        },
      ],
    },
  };
}

function refundedAfterReturn(): AdminOrderDetail {
  const order = deliveredOrder(1);
  return {
    ...order,
    return_status: 'PARTIALLY_RETURNED',
    payment_status: 'PARTIALLY_REFUNDED',
    payment_info: [
      ...order.payment_info,
      {
        source: 'BANK_TRANSFER',
        type: 'REFUND',
        payment_id: '0',
        transaction_id: 'r1',
        amount_in_usd: { amount: 33, currency: 'EUR' },
        amount_in_payment_currency: { amount: 33, currency: 'EUR' },
      },
    ],
    refunds: [
      {
        _id: '0000000000000000000000f1',
        cause: 'RETURN',
        amount: { amount: 33, currency: 'EUR' },
        reason: 'Tamanho errado',
        method: 'BANK_TRANSFER',
        status: 'SUCCEEDED',
        createdBy: { email: 'ana@aneis.pt', name: 'Ana' },
        createdOn: '2026-05-04T10:00:00.000Z',
      },
    ],
  };
}

describe('cancellations, returns and refunds on the order page', () => {
  beforeEach(() => localStorage.clear());

  it('when a paid confirmed order is cancelled, then the dialog says what is refunded and how, and "go back" sends nothing', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    const paid = paidWith(
      orderFixture('CONFIRMED', [{ status: 'PROCESSING' }]),
      'BANK_TRANSFER',
      'PAID',
    );
    const { requests } = installFakeServer({
      ...loggedIn,
      ...noCarriers,
      'GET /orders/order': () => ({ data: paid }),
      'POST /orders/cancelOrder': () => ({
        data: { ...paid, overall_status: 'CANCELLED', payment_status: 'REFUNDED' },
      }),
    });
    const { wrapper } = await mountRoute(orderPath);
    await wrapper.get('[data-testid="cancel-order"]').trigger('click');
    const question = await answerConfirm(wrapper, false);
    expect(question).toContain('Cancelar a encomenda?');
    expect(question).toMatch(
      /São reembolsados 109,00\s€ \(Transferência bancária feita pela loja\)/,
    );
    expect(requests.some((r) => r.path === '/orders/cancelOrder')).toBe(false);

    await wrapper.get('[data-testid="cancel-order"]').trigger('click');
    await answerConfirm(wrapper, true);
    expect(requests.at(-1)).toMatchObject({
      path: '/orders/cancelOrder',
      body: { orderId: 'a0000000000000000000000a' },
    });
    expect(wrapper.get('[data-testid="order-status"]').text()).toBe('Cancelada');
    expect(wrapper.get('[data-testid="payment-status"]').text()).toBe('Reembolsado');
    expect(wrapper.find('[data-testid="cancel-order"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('when a line has shipped, then no cancel button is offered', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    installFakeServer({
      ...loggedIn,
      ...noCarriers,
      'GET /orders/order': () => ({
        data: orderFixture('IN-PROGRESS', [{ status: 'SHIPPED' }, { status: 'FULFILLING' }]),
      }),
    });
    const { wrapper } = await mountRoute(orderPath);
    expect(wrapper.find('[data-testid="order-status"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="cancel-order"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="line-action-return"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('when a return form is sent, then bad fields are explained first, then the units, reason and amount go to the server and the refund shows', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    const { requests } = installFakeServer({
      ...loggedIn,
      ...noCarriers,
      'GET /orders/order': () => ({ data: deliveredOrder() }),
      'POST /orders/returnOrderLine': () => ({ data: refundedAfterReturn() }),
    });
    const { wrapper } = await mountRoute(orderPath);
    expect(wrapper.find('[data-testid="order-return-status"]').exists()).toBe(false);
    await wrapper.get('[data-testid="line-action-return"]').trigger('click');
    const form = wrapper.get('[data-testid="return-form"]');
    expect(form.text()).toContain('Até 3');
    expect(form.text()).toMatch(/Vazio: 33,00\s€/);

    await form.get('input[name="quantity"]').setValue('4');
    await form.trigger('submit');
    expect(form.text()).toContain('Indique de 1 a 3 unidades.');
    expect(form.text()).toContain('Diga porque voltou.');
    expect(requests.some((r) => r.path === '/orders/returnOrderLine')).toBe(false);

    await form.get('input[name="quantity"]').setValue('1');
    await form.get('input[name="reason"]').setValue('Tamanho errado');
    await form.get('input[name="refundAmount"]').setValue('33,00');
    await form.trigger('submit');
    expect(await answerConfirm(wrapper, true)).toContain('1 unidade(s) voltam ao stock');
    expect(requests.at(-1)).toMatchObject({
      path: '/orders/returnOrderLine',
      body: {
        orderId: 'a0000000000000000000000a',
        cartItemId: lineId,
        quantity: 1,
        reason: 'Tamanho errado',
        refundAmount: '33.00',
      },
    });
    expect(wrapper.find('[data-testid="return-form"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="line-returned"]').text()).toBe('Devolvidas: 1');
    expect(wrapper.get('[data-testid="order-status"]').text()).toBe('Concluída');
    expect(wrapper.get('[data-testid="order-return-status"]').text()).toBe('Devolvida em parte');
    expect(wrapper.get('[data-testid="payment-status"]').text()).toBe('Parcialmente reembolsado');
    const refunds = wrapper.get('[data-testid="refunds"]').text();
    expect(refunds).toContain('Devolução: Tamanho errado');
    expect(refunds).toContain('Transferência bancária feita pela loja');
    expect(refunds).toContain('Feito');
    expect(wrapper.get('[data-testid="payments-table"]').text()).toContain('Reembolso');
    wrapper.unmount();
  });

  it('when the server refuses a return, then its code is explained in the page language at the form', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    installFakeServer({
      ...loggedIn,
      ...noCarriers,
      'GET /orders/order': () => ({ data: deliveredOrder() }),
      'POST /orders/returnOrderLine': () => ({
        status: 409,
        failure: 'Only 0 unit(s) of this item can still be returned',
        code: 'RETURN_QUANTITY_EXCEEDED',
      }),
    });
    const { wrapper } = await mountRoute(orderPath);
    await wrapper.get('[data-testid="line-action-return"]').trigger('click');
    const form = wrapper.get('[data-testid="return-form"]');
    await form.get('input[name="reason"]').setValue('Defeito');
    await form.trigger('submit');
    await answerConfirm(wrapper, true);
    expect(wrapper.get('[data-testid="return-form"]').text()).toContain(
      'São mais unidades do que as entregues e ainda não devolvidas deste artigo.',
    );
    wrapper.unmount();
  });

  it('when a card refund failed, then it shows as failed with Stripe’s words and “try again” asks for it again', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    const cancelled = paidWith(orderFixture('CANCELLED'), 'STRIPE', 'PAID');
    const refund = {
      _id: '0000000000000000000000f2',
      cause: 'CANCELLATION' as const,
      amount: { amount: 109, currency: 'EUR' },
      reason: '',
      method: 'STRIPE' as const,
      createdBy: { email: 'ana@aneis.pt', name: 'Ana' },
      createdOn: '2026-05-04T10:00:00.000Z',
    };
    const { requests } = installFakeServer({
      ...loggedIn,
      ...noCarriers,
      'GET /orders/order': () => ({
        data: {
          ...cancelled,
          refunds: [{ ...refund, status: 'FAILED', failure: 'Stripe: card_declined' }],
        },
      }),
      'POST /orders/retryRefund': () => ({
        data: {
          ...cancelled,
          payment_status: 'REFUNDED',
          refunds: [{ ...refund, status: 'SUCCEEDED', providerRefundId: 're_1' }],
        },
      }),
    });
    const { wrapper } = await mountRoute(orderPath);
    expect(wrapper.get('[data-testid="refund-status"]').text()).toBe('Falhou');
    expect(wrapper.get('[data-testid="refunds"]').text()).toContain('Stripe: card_declined');
    await wrapper.get('[data-testid="retry-refund"]').trigger('click');
    await flushPromises();
    expect(requests.at(-1)).toMatchObject({
      path: '/orders/retryRefund',
      body: { orderId: 'a0000000000000000000000a', refundId: refund._id },
    });
    expect(wrapper.get('[data-testid="refund-status"]').text()).toBe('Feito');
    expect(wrapper.find('[data-testid="retry-refund"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('when a card refund failed with a code, then the manager reads why in their language, with Stripe’s own words only for a refusal', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    const cancelled = paidWith(orderFixture('CANCELLED'), 'STRIPE', 'PAID');
    const failed = (id: string, failure: string, failureCode: string) => ({
      _id: id,
      cause: 'CANCELLATION' as const,
      amount: { amount: 109, currency: 'EUR' },
      reason: '',
      method: 'STRIPE' as const,
      status: 'FAILED' as const,
      failure,
      failureCode,
      createdBy: { email: 'ana@aneis.pt', name: 'Ana' },
      createdOn: '2026-05-04T10:00:00.000Z',
    });
    installFakeServer({
      ...loggedIn,
      ...noCarriers,
      'GET /orders/order': () => ({
        data: {
          ...cancelled,
          refunds: [
            failed(
              '0000000000000000000000f3',
              'Card refunds need STRIPE_SECRET_KEY on the management server',
              'CARD_REFUNDS_OFF',
            ),
            failed(
              '0000000000000000000000f4',
              'Stripe: Charge has been disputed',
              'PROVIDER_REFUSED',
            ),
          ],
        },
      }),
    });
    const { wrapper } = await mountRoute(orderPath);
    const [off, refused] = wrapper.findAll('[data-testid="refund-failure"]').map((f) => f.text());
    expect(off).toBe(
      'Os reembolsos por cartão estão desligados: falta a chave da Stripe (STRIPE_SECRET_KEY) no servidor de gestão.',
    );
    expect(refused).toBe(
      'A Stripe recusou este reembolso. Resposta da Stripe (em inglês): Charge has been disputed',
    );
    expect(wrapper.text()).not.toContain('Card refunds need');
    wrapper.unmount();
  });

  it('when an admin may only view orders, then no return or retry is offered', async () => {
    rememberAdmin(['ORDER_VIEW']);
    installFakeServer({
      ...loggedIn,
      ...noCarriers,
      'GET /orders/order': () => ({ data: deliveredOrder() }),
    });
    const { wrapper } = await mountRoute(orderPath);
    expect(wrapper.find('[data-testid="order-status"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="line-action-return"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
