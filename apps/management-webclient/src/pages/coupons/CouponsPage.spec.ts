import type { Coupon } from '@aneis/contracts';
import { flushPromises } from '@vue/test-utils';
import { installFakeServer, type FakeRoutes } from '../../testing/fake-server.js';
import { mountRoute, rememberAdmin } from '../../testing/mount-route.js';
import { LOGGED_IN } from '../../testing/reference-table.js';

const summer: Coupon = {
  code: 'VERAO10',
  kind: 'PERCENTAGE',
  value: 10,
  minimumOrderCents: 5000,
  validFrom: null,
  validUntil: null,
  usageLimit: 100,
  perCustomerLimit: 1,
  active: true,
  timesUsed: 7,
};

/** A server that keeps the coupons it is sent, so the reloaded list shows each write. */
function couponServer(extra: FakeRoutes = {}) {
  const coupons: Coupon[] = [summer];
  return installFakeServer({
    ...LOGGED_IN,
    'GET /coupons/couponList': () => ({ data: coupons }),
    'PUT /coupons/coupon': (request) => {
      const body = request.body as Partial<Coupon> & { code: string };
      const index = coupons.findIndex((coupon) => coupon.code === body.code);
      const current = coupons[index];
      if (current) coupons[index] = { ...current, ...body };
      return { data: coupons[index] };
    },
    ...extra,
  });
}

describe('coupons page', () => {
  beforeEach(() => localStorage.clear());

  it('when a pricing manager opens it, then each coupon shows its discount, minimum and uses', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    couponServer();
    const { wrapper } = await mountRoute('/coupons');
    const cells = wrapper.get('[data-testid="coupon-VERAO10"]').findAll('td');
    const text = cells.map((cell) => cell.text().replace(/\s+/g, ' '));
    expect(text.slice(0, 6)).toEqual([
      'VERAO10',
      '10 %',
      '50,00 €',
      'Sempre',
      '7 / 100 (1 por cliente)',
      'Ativo',
    ]);
    wrapper.unmount();
  });

  it('when a coupon is deactivated, then only its active flag is sent and the list is reloaded', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = couponServer();
    const { wrapper } = await mountRoute('/coupons');
    const row = wrapper.get('[data-testid="coupon-VERAO10"]');
    const deactivate = row.findAll('button').find((button) => button.text() === 'Desativar');
    await deactivate?.trigger('click');
    await flushPromises();
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      code: 'VERAO10',
      active: false,
    });
    expect(wrapper.get('[data-testid="coupon-VERAO10"]').text()).toContain('Inativo');
    wrapper.unmount();
  });

  it('when a number field is not a number, then it says so beside the field and sends nothing', async () => {
    rememberAdmin(['TARIFF_MANAGE']);
    const { requests } = couponServer();
    const { wrapper } = await mountRoute('/coupons');
    await wrapper.get('[data-testid="new-coupon"]').trigger('click');
    const form = wrapper.get('[data-testid="coupon-form"]');
    await form.get('input[name="code"]').setValue('NOVO');
    await form.get('input[name="value"]').setValue('dez');
    await form.trigger('submit');
    await flushPromises();
    expect(form.text()).toContain('Escreva um número válido.');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    wrapper.unmount();
  });

  it('when an admin may only view, then no edit, deactivate or new button is offered', async () => {
    rememberAdmin(['TARIFF_VIEW']);
    couponServer();
    const { wrapper } = await mountRoute('/coupons');
    expect(wrapper.get('[data-testid="coupon-VERAO10"]').findAll('button')).toHaveLength(0);
    expect(wrapper.find('[data-testid="new-coupon"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
