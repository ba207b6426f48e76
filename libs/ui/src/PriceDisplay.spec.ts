import { mount } from '@vue/test-utils';
import PriceDisplay from './PriceDisplay.vue';

describe('PriceDisplay', () => {
  it('when there is no former price, then only the price is shown', () => {
    const wrapper = mount(PriceDisplay, {
      props: { price: { amount: 27.99, currency: 'EUR' }, locale: 'en-GB' },
    });
    expect(wrapper.get('[data-testid="price"]').text()).toBe('€27.99');
    expect(wrapper.find('s').exists()).toBe(false);
  });

  it('when the former price is higher, then it is struck through with a spoken label', () => {
    const wrapper = mount(PriceDisplay, {
      props: {
        price: { amount: 20, currency: 'EUR' },
        markedPrice: { amount: 30, currency: 'EUR' },
        locale: 'pt-PT',
        wasLabel: 'Antes',
      },
    });
    expect(wrapper.get('s').text()).toMatch(/Antes\s+30,00\s€/);
  });

  it('when the former price is not higher, then it is hidden', () => {
    const wrapper = mount(PriceDisplay, {
      props: {
        price: { amount: 20, currency: 'EUR' },
        markedPrice: { amount: 20, currency: 'EUR' },
        locale: 'pt-PT',
      },
    });
    expect(wrapper.find('s').exists()).toBe(false);
  });
});
