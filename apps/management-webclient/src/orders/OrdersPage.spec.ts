import type { AdminOrderSummary } from '@aneis/contracts';
import { flushPromises } from '@vue/test-utils';
import { installFakeServer } from '../testing/fake-server.js';
import { mountRoute, rememberAdmin } from '../testing/mount-route.js';
import { orderFixture } from '../testing/order-fixture.js';

const loggedIn = { 'GET /security/isLoggedIn': () => ({ raw: 'true' }) };

function row(orderNumber?: string): AdminOrderSummary {
  const order = orderFixture('RECEIVED');
  return {
    _id: order._id,
    ...(orderNumber === undefined ? {} : { orderNumber }),
    overall_status: 'RECEIVED',
    payment_status: 'AWAITING_PAYMENT',
    user_email: 'rita@example.com',
    cart: { totalWeight: order.cart.totalWeight, items: [{ product: { name: 'Anel' } }] },
    payment_info: [],
    mailing_address: { country: 'PT', state: 'Lisboa', city: 'Lisboa' },
    auditLog: { createdOn: '2026-05-01T10:00:00.000Z' },
  };
}

const page = (docs: AdminOrderSummary[]) => ({
  data: { docs, total: docs.length, limit: 20, page: 1, pages: 1 },
});

describe('orders page', () => {
  beforeEach(() => localStorage.clear());

  it('when orders have numbers, then the list names them by number', async () => {
    rememberAdmin(['ORDER_VIEW']);
    installFakeServer({
      ...loggedIn,
      'POST /orders/orderList': () => page([row('AN-2026-000123')]),
    });
    const { wrapper } = await mountRoute('/orders');
    await flushPromises();
    expect(wrapper.get('[data-testid="order-number"]').text()).toBe('AN-2026-000123');
    wrapper.unmount();
  });

  it('when a completed order came back in whole or in part, then its status says so beside Completed', async () => {
    rememberAdmin(['ORDER_VIEW']);
    const returned = { ...row('AN-2026-000124'), _id: 'a0000000000000000000000b' };
    const partly = { ...row('AN-2026-000125'), _id: 'a0000000000000000000000c' };
    installFakeServer({
      ...loggedIn,
      'POST /orders/orderList': () =>
        page([
          { ...returned, overall_status: 'COMPLETED', return_status: 'RETURNED' },
          { ...partly, overall_status: 'COMPLETED', return_status: 'PARTIALLY_RETURNED' },
        ]),
    });
    const { wrapper } = await mountRoute('/orders');
    await flushPromises();
    expect(wrapper.get(`[data-testid="return-status-${returned._id}"]`).text()).toBe('· Devolvida');
    expect(wrapper.get(`[data-testid="return-status-${partly._id}"]`).text()).toBe(
      '· Devolvida em parte',
    );
    wrapper.unmount();
  });

  it('when a number is searched, then it is looked up in every status and kept in the URL', async () => {
    rememberAdmin(['ORDER_VIEW']);
    const { requests } = installFakeServer({
      ...loggedIn,
      'POST /orders/orderList': () => page([row('AN-2026-000123')]),
    });
    const { wrapper, router } = await mountRoute('/orders?status=RECEIVED');
    await flushPromises();
    await wrapper.get('[data-testid="orders-search"]').setValue(' 2026-123 ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.query['q']).toBe('2026-123');
    const sent = requests.filter((r) => r.path === '/orders/orderList').at(-1)?.body;
    expect(sent).toMatchObject({ search: '2026-123' });
    expect(sent).not.toHaveProperty('orderStatus');
    wrapper.unmount();
  });
});
