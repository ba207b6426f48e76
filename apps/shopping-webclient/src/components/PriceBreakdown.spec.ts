import { mount } from '@vue/test-utils';
import { useI18n } from '../i18n/i18n.js';
import PriceBreakdown from './PriceBreakdown.vue';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('PriceBreakdown', () => {
  beforeEach(() => useI18n().setLocale('en'));
  afterEach(() => useI18n().setLocale('pt'));

  it('when a checkout is priced with a Veniqa service charge, then every charged line from the server is shown', () => {
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

  it('when our shop prices a cart (no Veniqa charges), then no duties or service line shows and the IVA of each rate is shown under the total', () => {
    useI18n().setLocale('pt');
    const wrapper = mount(PriceBreakdown, {
      props: {
        cart: {
          subTotalPrice: eur(1429.6),
          tariffPrice: eur(0),
          serviceCharge: eur(0),
          shippingPrice: eur(5),
          totalPrice: eur(1434.6),
          vatLines: [
            { ratePercent: 6, vatPrice: eur(0.6) },
            { ratePercent: 23, vatPrice: eur(265.34) },
          ],
        },
      },
    });
    const rows = wrapper.findAll('tr').map((row) => row.text().replace(/\s+/g, ' '));

    expect(rows).toEqual([
      'Subtotal1429,60 €',
      'Envio5,00 €',
      'Total1434,60 €',
      'dos quais IVA (6 %)0,60 €',
      'dos quais IVA (23 %)265,34 €',
    ]);
    expect(wrapper.text()).not.toContain('Taxas alfandegárias');
    expect(wrapper.text()).not.toContain('Taxa de serviço');
  });

  it('when the shop reads in English, then the IVA line says "of which VAT"', () => {
    const wrapper = mount(PriceBreakdown, {
      props: {
        cart: {
          subTotalPrice: eur(14.19),
          tariffPrice: eur(0),
          serviceCharge: eur(0),
          shippingPrice: eur(0),
          totalPrice: eur(14.19),
          vatLines: [{ ratePercent: 23, vatPrice: eur(2.65) }],
        },
      },
    });
    expect(wrapper.get('[data-testid="checkout-vat"]').text()).toBe('of which VAT (23%)€2.65');
  });
});
