import { mount } from '@vue/test-utils';
import { useI18n } from '../i18n/i18n.js';
import PriceBreakdown from './PriceBreakdown.vue';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('PriceBreakdown', () => {
  beforeEach(() => useI18n().setLocale('en'));
  afterEach(() => useI18n().setLocale('pt'));

  it('when a checkout is priced, then every money line from the server is shown', () => {
    const wrapper = mount(PriceBreakdown, {
      props: {
        cart: {
          subTotalPrice: eur(240),
          tariffPrice: eur(0),
          serviceCharge: eur(12),
          shippingPrice: eur(5),
          totalPrice: eur(257),
        },
        localTotal: { amount: 277.56, currency: 'USD' },
      },
    });
    const rows = wrapper.findAll('tr').map((row) => row.text());

    expect(rows).toEqual([
      'Subtotal€240.00',
      'Import duties€0.00',
      'Service charge€12.00',
      'Shipping€5.00',
      'Total€257.00',
      'Total in your currencyUS$277.56',
    ]);
  });

  it('when the shopper pays in the shop currency, then no second total is shown', () => {
    const wrapper = mount(PriceBreakdown, {
      props: {
        cart: {
          subTotalPrice: eur(10),
          tariffPrice: eur(0),
          serviceCharge: eur(0.5),
          shippingPrice: eur(5),
          totalPrice: eur(15.5),
        },
        localTotal: eur(15.5),
      },
    });
    expect(wrapper.get('[data-testid="checkout-total"]').text()).toBe('€15.50');
    expect(wrapper.text()).not.toContain('your currency');
  });
});
