import { mount } from '@vue/test-utils';
import { useI18n } from '../i18n/i18n.js';
import CouponField from './CouponField.vue';
import PriceBreakdown from './PriceBreakdown.vue';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('CouponField', () => {
  afterEach(() => useI18n().setLocale('pt'));

  it('when a code is typed and applied, then it is emitted trimmed; an empty field applies nothing', async () => {
    const wrapper = mount(CouponField, { props: { applied: null, busy: false, error: null } });
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('apply')).toBeUndefined();
    await wrapper.find('[data-testid="coupon-input"]').setValue('  verao10 ');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('apply')).toEqual([['verao10']]);
  });

  it('when the server refused the code, then the sentence is under the field and tied to it', () => {
    const error = 'Este código de desconto já foi usado o número máximo de vezes.';
    const wrapper = mount(CouponField, { props: { applied: null, busy: false, error } });
    const alert = wrapper.find('[role="alert"]');
    expect(alert.text()).toBe(error);
    expect(wrapper.find('input').attributes('aria-describedby')).toBe(alert.attributes('id'));
    expect(wrapper.find('[data-testid="coupon-applied"]').exists()).toBe(false);
  });

  it('when a coupon is applied, then it says so and offers to remove it', async () => {
    const wrapper = mount(CouponField, { props: { applied: 'VERAO10', busy: false, error: null } });
    expect(wrapper.find('[data-testid="coupon-applied"]').text()).toBe('Código VERAO10 aplicado.');
    await wrapper.find('[data-testid="coupon-remove"]').trigger('click');
    expect(wrapper.emitted('remove')).toHaveLength(1);
  });

  it('when the breakdown has a coupon, then its discount shows as an amount off before the total', () => {
    useI18n().setLocale('en');
    const wrapper = mount(PriceBreakdown, {
      props: {
        cart: {
          subTotalPrice: eur(100),
          tariffPrice: eur(0),
          serviceCharge: eur(0),
          shippingPrice: eur(5),
          totalPrice: eur(95),
        },
        coupon: { code: 'VERAO10', discount: eur(10) },
      },
    });
    const rows = wrapper.findAll('tr').map((row) => row.text());
    expect(rows.slice(-2)).toEqual(['Discount (VERAO10)−€10.00', 'Total€95.00']);
  });
});
