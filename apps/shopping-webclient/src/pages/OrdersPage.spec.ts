import type { UserOrderSummary } from '@aneis/contracts';
import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import { ids } from '../../test/sample-data.js';
import OrdersPage from './OrdersPage.vue';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

function summary(id: string, extra: Partial<UserOrderSummary> = {}): UserOrderSummary {
  return {
    _id: id,
    overall_status: 'COMPLETED',
    cart: {
      items: [
        {
          _id: ids.line,
          product: {
            _id: ids.product,
            name: 'Solitário Aurora',
            brand: 'Atelier',
            store: 'ANEIS',
            thumbnailUrls: [],
          },
          counts: 2,
          aggregatedPrice: eur(240),
          order_line_level_processing_details: { status: 'DELIVERED' },
        },
      ],
      totalPrice: eur(245),
    },
    mailing_address: { country: 'PT' },
    payment_status: 'PAID',
    auditLog: { createdOn: '2026-05-01T10:00:00.000Z' },
    ...extra,
  };
}

describe('OrdersPage', () => {
  beforeEach(() => localStorage.clear());

  it('when orders came back in whole or in part, then each says so beside its status, and one nothing came back of says nothing', async () => {
    const whole = 'a'.repeat(24);
    const partly = 'b'.repeat(24);
    const kept = 'c'.repeat(24);
    installFakeShopServer({
      'POST /user/orderList': () => ({
        data: {
          docs: [
            summary(whole, { return_status: 'RETURNED' }),
            summary(partly, { return_status: 'PARTIALLY_RETURNED' }),
            summary(kept),
          ],
          total: 3,
          limit: 10,
          page: 1,
          pages: 1,
        },
      }),
    });
    const { wrapper } = await mountWithShop(OrdersPage);
    await settle();
    expect(wrapper.get(`[data-testid="order-return-status-${whole}"]`).text()).toBe('Devolvida');
    expect(wrapper.get(`[data-testid="order-return-status-${partly}"]`).text()).toBe(
      'Devolvida em parte',
    );
    expect(wrapper.find(`[data-testid="order-return-status-${kept}"]`).exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="order-row"]')[0]?.text()).toContain('Concluída');
  });
});
