import { flushPromises } from '@vue/test-utils';
import { installFakeServer } from '../testing/fake-server.js';
import { answerConfirm, mountRoute, rememberAdmin } from '../testing/mount-route.js';
import { auditBy, orderFixture, paidWith } from '../testing/order-fixture.js';

const loggedIn = { 'GET /security/isLoggedIn': () => ({ raw: 'true' }) };
const carrierList = {
  'GET /referenceData/carrierList': () => ({
    data: [
      {
        code: 'CTT',
        name: 'CTT Correios de Portugal',
        trackingUrlTemplate: 'https://track.ctt.example/?objects={trackingNumber}',
        active: true,
      },
      { code: 'DHL', name: 'DHL Express', active: true },
      { code: 'MYUS', name: 'MyUS', active: false },
    ],
  }),
};
const orderPath = '/orders/a0000000000000000000000a';

describe('order detail page', () => {
  beforeEach(() => localStorage.clear());

  it('when an order manager opens a received order, then confirming it offers the fulfil step', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    const { requests } = installFakeServer({
      ...loggedIn,
      'GET /orders/order': () => ({ data: orderFixture('RECEIVED') }),
      'POST /orders/confirmOrder': () => ({
        data: orderFixture('CONFIRMED', [{ status: 'PROCESSING' }]),
      }),
    });
    const { wrapper } = await mountRoute(orderPath);
    expect(wrapper.find('[data-testid="cancel-order"]').exists()).toBe(true);

    // Confirming cannot be undone: the admin is asked, and "go back" sends nothing.
    await wrapper.get('[data-testid="confirm-order"]').trigger('click');
    expect(await answerConfirm(wrapper, false)).toContain('Confirmar a encomenda?');
    expect(requests.some((r) => r.path === '/orders/confirmOrder')).toBe(false);
    expect(wrapper.find('[data-testid="confirm-dialog"]').exists()).toBe(false);

    await wrapper.get('[data-testid="confirm-order"]').trigger('click');
    await answerConfirm(wrapper, true);

    expect(requests.at(-1)?.body).toEqual({ orderId: 'a0000000000000000000000a' });
    expect(wrapper.get('[data-testid="order-status"]').text()).toBe('Confirmada');
    expect(wrapper.find('[data-testid="confirm-order"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="line-action-fulfil"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('when a manager confirms a bank transfer arrived, then after the dialog the order shows paid and the button goes', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    const awaiting = paidWith(orderFixture('CONFIRMED'), 'BANK_TRANSFER', 'AWAITING_PAYMENT');
    const { requests } = installFakeServer({
      ...loggedIn,
      'GET /orders/order': () => ({ data: awaiting }),
      'POST /orders/markOrderAsPaid': () => ({
        data: paidWith(orderFixture('CONFIRMED'), 'BANK_TRANSFER', 'PAID'),
      }),
    });
    const { wrapper } = await mountRoute(orderPath);
    expect(wrapper.get('[data-testid="payment-status"]').text()).toBe('A aguardar pagamento');

    await wrapper.get('[data-testid="mark-paid"]').trigger('click');
    const question = await answerConfirm(wrapper, false);
    expect(question).toContain('Marcar a encomenda como paga?');
    expect(question).toMatch(/109,00\s€ \(Transferência bancária\)/);
    expect(requests.some((r) => r.path === '/orders/markOrderAsPaid')).toBe(false);

    await wrapper.get('[data-testid="mark-paid"]').trigger('click');
    await answerConfirm(wrapper, true);
    expect(requests.at(-1)).toMatchObject({
      path: '/orders/markOrderAsPaid',
      body: { orderId: 'a0000000000000000000000a' },
    });
    expect(wrapper.get('[data-testid="payment-status"]').text()).toBe('Pago');
    expect(wrapper.find('[data-testid="mark-paid"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('when another manager marked it paid first, then the server’s 409 shows in place', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    installFakeServer({
      ...loggedIn,
      'GET /orders/order': () => ({
        data: paidWith(orderFixture('RECEIVED'), 'CASH_ON_DELIVERY', 'AWAITING_PAYMENT'),
      }),
      'POST /orders/markOrderAsPaid': () => ({
        status: 409,
        failure: 'This order is already paid.',
        code: 'ALREADY_PAID',
      }),
    });
    const { wrapper } = await mountRoute(orderPath);
    await wrapper.get('[data-testid="mark-paid"]').trigger('click');
    await answerConfirm(wrapper, true);
    expect(wrapper.get('[role="alert"]').text()).toContain('Esta encomenda já está paga.');
    wrapper.unmount();
  });

  it('when the order was paid by card, or the admin only views orders, then no “mark as paid” is offered', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    installFakeServer({
      ...loggedIn,
      'GET /orders/order': () => ({ data: paidWith(orderFixture('RECEIVED'), 'STRIPE', 'PAID') }),
    });
    const card = await mountRoute(orderPath);
    expect(card.wrapper.get('[data-testid="payment-status"]').text()).toBe('Pago');
    expect(card.wrapper.find('[data-testid="mark-paid"]').exists()).toBe(false);
    card.wrapper.unmount();

    rememberAdmin(['ORDER_VIEW']);
    installFakeServer({
      ...loggedIn,
      'GET /orders/order': () => ({
        data: paidWith(orderFixture('RECEIVED'), 'BANK_TRANSFER', 'AWAITING_PAYMENT'),
      }),
    });
    const viewer = await mountRoute(orderPath);
    expect(viewer.wrapper.get('[data-testid="payment-status"]').text()).toBe(
      'A aguardar pagamento',
    );
    expect(viewer.wrapper.find('[data-testid="mark-paid"]').exists()).toBe(false);
    viewer.wrapper.unmount();
  });

  it('when an admin may only view orders, then no action is offered', async () => {
    rememberAdmin(['ORDER_VIEW']);
    installFakeServer({
      ...loggedIn,
      'GET /orders/order': () => ({ data: orderFixture('CONFIRMED', [{ status: 'PROCESSING' }]) }),
    });
    const { wrapper } = await mountRoute(orderPath);

    expect(wrapper.find('[data-testid="confirm-order"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid^="line-action-"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="new-comment"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('when the order was cancelled, then its lines read cancelled, not awaiting confirmation', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    installFakeServer({
      ...loggedIn,
      'GET /orders/order': () => ({
        data: orderFixture('CANCELLED', [undefined, { status: 'PROCESSING' }]),
      }),
    });
    const { wrapper } = await mountRoute(orderPath);

    const badges = wrapper.findAll('[data-testid="line-status"]').map((badge) => badge.text());
    expect(badges).toEqual(['Cancelada', 'Cancelada']);
    wrapper.unmount();
  });

  it('when a shipment form is sent, then its fields go to markItemAsShipped and a refusal shows in place', async () => {
    rememberAdmin(['SUPERADMIN']);
    const fulfilling = orderFixture('IN-PROGRESS', [
      {
        status: 'FULFILLING',
        fulfillment_order_details: {
          store: 'Atelier',
          order_number: 'F-1',
          total_cost_price_of_item: { amount: 20, currency: 'EUR' },
          auditLog: auditBy('ana@aneis.pt'),
        },
      },
    ]);
    const { requests } = installFakeServer({
      ...loggedIn,
      ...carrierList,
      'GET /orders/order': () => ({ data: fulfilling }),
      'POST /orders/markItemAsShipped': () => ({
        status: 405,
        failure: 'only order items that are currently being fulfilled can be marked as shipped',
        code: 'TRANSITION_NOT_ALLOWED',
      }),
    });
    const { wrapper } = await mountRoute(orderPath);
    await wrapper.get('[data-testid="line-action-ship"]').trigger('click');
    await flushPromises();
    const form = wrapper.get('[data-testid="step-form-ship"]');
    const provider = form.get('input[name="provider"]');
    const offered = wrapper.findAll(`datalist#${provider.attributes('list')} option`);
    expect(offered.map((o) => [o.attributes('value'), o.attributes('label')])).toEqual([
      ['CTT', 'CTT Correios de Portugal'],
      ['DHL', 'DHL Express'],
    ]);

    await form.trigger('submit');
    expect(form.text()).toContain('Campo obrigatório');
    expect(requests.some((r) => r.path === '/orders/markItemAsShipped')).toBe(false);

    await form.get('input[name="provider"]').setValue('CTT');
    await form.get('input[name="trackingNumber"]').setValue('RR123456789PT');
    await form.get('input[name="service"]').setValue('Registado');
    await form.get('input[name="paidPostageInUSD"]').setValue('4.50');
    await form.trigger('submit');
    expect(await answerConfirm(wrapper, true)).toContain('Marcar a linha como enviada?');

    expect(requests.at(-1)?.body).toEqual({
      orderId: 'a0000000000000000000000a',
      cartItemId: 'c00000000000000000000000',
      provider: 'CTT',
      trackingNumber: 'RR123456789PT',
      service: 'Registado',
      paidPostageInUSD: '4.50',
    });
    expect(form.get('[role="alert"]').text()).toBe('Esta ação já não é possível no estado atual.');
    wrapper.unmount();
  });

  it('when the carriers cannot be read, then the provider is still typed by hand', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    installFakeServer({
      ...loggedIn,
      'GET /referenceData/carrierList': () => ({ status: 500, failure: 'Internal Server Error' }),
      'GET /orders/order': () => ({
        data: orderFixture('IN-PROGRESS', [{ status: 'FULFILLING' }]),
      }),
    });
    const { wrapper } = await mountRoute(orderPath);
    await wrapper.get('[data-testid="line-action-ship"]').trigger('click');
    await flushPromises();

    const form = wrapper.get('[data-testid="step-form-ship"]');
    expect(form.findAll('datalist option')).toHaveLength(0);
    expect(form.find('[role="alert"]').exists()).toBe(false);
    await form.get('input[name="provider"]').setValue('CTT');
    expect((form.get('input[name="provider"]').element as HTMLInputElement).value).toBe('CTT');
    wrapper.unmount();
  });

  it('when a line was shipped, then its carrier shows by name with a tracking link, or by code when it is unknown', async () => {
    rememberAdmin(['ORDER_VIEW']);
    const shipment = (provider: string) => ({
      status: 'SHIPPED' as const,
      shipment: {
        provider,
        tracking_number: 'RR123456789PT',
        service: 'Registado',
        paid_postage: { amount: 4.5, currency: 'EUR' },
        auditLog: auditBy('ana@aneis.pt'),
      },
    });
    installFakeServer({
      ...loggedIn,
      ...carrierList,
      'GET /orders/order': () => ({
        data: orderFixture('IN-PROGRESS', [shipment('CTT'), shipment('OLDPOST')]),
      }),
    });
    const { wrapper } = await mountRoute(orderPath);

    const shown = wrapper.findAll('[data-testid="shipment-details"]').map((dd) => dd.text());
    expect(shown[0]).toMatch(/^CTT Correios de Portugal \(CTT\) · RR123456789PT/);
    expect(shown[1]).toMatch(/^OLDPOST · RR123456789PT/);
    const links = wrapper.findAll('[data-testid="tracking-link"]');
    expect(links.map((link) => link.attributes('href'))).toEqual([
      'https://track.ctt.example/?objects=RR123456789PT',
    ]);
    expect(links[0]?.attributes('rel')).toBe('noopener noreferrer');
    wrapper.unmount();
  });

  it('when comments are listed, then only the own ones can be edited or deleted', async () => {
    rememberAdmin(['ORDER_MANAGE'], 'ana@aneis.pt');
    const order = orderFixture('RECEIVED');
    order.comments = [
      { _id: '100000000000000000000001', content: 'Minha', auditLog: auditBy('ana@aneis.pt') },
      { _id: '100000000000000000000002', content: 'Alheia', auditLog: auditBy('rui@aneis.pt') },
    ];
    installFakeServer({ ...loggedIn, 'GET /orders/order': () => ({ data: order }) });
    const { wrapper } = await mountRoute(orderPath);

    const own = wrapper.get('[data-testid="comment-100000000000000000000001"]');
    const other = wrapper.get('[data-testid="comment-100000000000000000000002"]');
    expect(own.find('[data-testid="edit-comment"]').exists()).toBe(true);
    expect(other.find('[data-testid="edit-comment"]').exists()).toBe(false);
    expect(other.find('[data-testid="delete-comment"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('when another order is opened before the first one answered, then the second one stays', async () => {
    rememberAdmin(['ORDER_VIEW']);
    const second = 'a0000000000000000000000b';
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    installFakeServer({
      ...loggedIn,
      'GET /orders/order': async (request) => {
        const id = request.query.get('orderId') ?? '';
        if (id !== second) await firstHeld;
        return { data: { ...orderFixture(id === second ? 'CONFIRMED' : 'RECEIVED'), _id: id } };
      },
    });
    const { wrapper, router } = await mountRoute(orderPath);
    await router.push(`/orders/${second}`);
    await flushPromises();
    expect(wrapper.get('[data-testid="order-status"]').text()).toBe('Confirmada');

    releaseFirst();
    await flushPromises();
    expect(wrapper.get('h1').text()).toContain(second);
    expect(wrapper.get('[data-testid="order-status"]').text()).toBe('Confirmada');
    wrapper.unmount();
  });

  it('when an order carries IVA and no tariff, then the totals show the IVA under the total and no zero tariff line', async () => {
    rememberAdmin(['ORDER_MANAGE']);
    installFakeServer({
      ...loggedIn,
      'GET /orders/order': () => ({ data: orderFixture('RECEIVED') }),
    });
    const { wrapper } = await mountRoute(orderPath);
    const totals = wrapper.get('.totals').text();

    expect(wrapper.get('[data-testid="order-vat"]').text()).toMatch(/^18,70\s€$/);
    expect(totals).toContain('dos quais IVA (23 %)');
    expect(totals).toContain('Serviço');
    expect(totals).not.toContain('Taxas');
    wrapper.unmount();
  });
});
