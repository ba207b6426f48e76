import { installFakeShopServer, type FakeReply } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import { cartLine, cartOf } from '../../test/sample-data.js';
import type { StripeLike } from '../checkout/stripe-loader.js';
import { useI18n } from '../i18n/i18n.js';
import CheckoutPage from './CheckoutPage.vue';

// Card payment on (as with a publishable key), with a Stripe.js stand-in that always confirms.
vi.mock('../checkout/stripe-loader.js', () => ({
  stripePublishableKey: () => 'pk_test_x',
  loadStripe: async (): Promise<StripeLike> => ({
    elements: () => ({
      create: () => ({ mount: () => undefined, destroy: () => undefined, on: () => undefined }),
      update: () => undefined,
    }),
    confirmCardPayment: async () => ({ paymentIntent: { id: 'pi_1', status: 'succeeded' } }),
  }),
}));

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const ADDRESS = {
  _id: 'e'.repeat(24),
  firstName: 'Ana',
  lastName: 'Silva',
  addressLine1: 'Rua Augusta 1',
  city: 'Lisboa',
  state: 'Lisboa',
  zipCode: '1100-048',
  country: 'PT',
  mobilePhone: '',
};
const CHECKOUT = {
  _id: 'f'.repeat(24),
  cart: {
    ...cartOf(cartLine()),
    tariffPrice: eur(0),
    serviceCharge: eur(0),
    shippingPrice: eur(5),
    totalPrice: eur(113),
  },
  coupon: { code: 'VERAO10', discount: eur(12) },
  payment_info: [],
};

function shop(refusal: FakeReply, manualAnswer: FakeReply = refusal) {
  return installFakeShopServer({
    'GET /security/isLoggedIn': () => ({ data: true }),
    'GET /shopping/getCart': () => ({ data: cartOf(cartLine()) }),
    'GET /user/address': () => ({ data: [ADDRESS] }),
    'GET /ui/countries': () => ({ data: [{ code: 'PT', name: 'Portugal' }] }),
    'GET /ui/shippingMethods': () => ({
      data: [
        {
          _id: '5'.repeat(24),
          code: 'ctt',
          name: 'CTT',
          maximumDays: 3,
          countries: [],
          aliases: [],
          price: eur(5),
          active: true,
        },
      ],
    }),
    'POST /orders/createCheckout': () => ({ data: CHECKOUT }),
    'GET /orders/isCheckoutValid': () => ({ data: true }),
    'POST /orders/stripePaymentInstant': () => refusal,
    'POST /orders/completeCheckoutManually': () => manualAnswer,
  });
}

const USED_UP: FakeReply = { status: 409, error: 'Coupon used up', code: 'COUPON_USED_UP' };

describe('CheckoutPage with card payment', () => {
  afterEach(() => useI18n().setLocale('pt'));

  it.each([
    ['pt', 'Este código de desconto já foi usado o número máximo de vezes.'],
    ['en', 'This discount code has been used the maximum number of times.'],
  ] as const)(
    'when the coupon is refused as the card pays (%s), then the refusal is under the coupon field and not in the card area',
    async (locale, sentence) => {
      useI18n().setLocale(locale);
      shop({ status: 409, error: 'Coupon used up', code: 'COUPON_USED_UP' });
      const { wrapper } = await mountWithShop(CheckoutPage);
      await settle(20);

      const card = wrapper.find('.card-payment');
      await card.find('button').trigger('click');
      await settle(10);

      expect(wrapper.find('[data-testid="coupon"] [role="alert"]').text()).toBe(sentence);
      expect(card.find('[role="alert"]').exists()).toBe(false);
    },
  );

  it('when a card payment fails for another reason, then it stays in the card area and the coupon field shows no refusal', async () => {
    shop({ status: 502, error: 'Stripe unavailable', code: 'PAYMENT_PROVIDER_FAILED' });
    const { wrapper } = await mountWithShop(CheckoutPage);
    await settle(20);

    const card = wrapper.find('.card-payment');
    await card.find('button').trigger('click');
    await settle(10);

    expect(card.find('[role="alert"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="coupon"] [role="alert"]').exists()).toBe(false);
  });
});

describe('CheckoutPage with bank transfer or cash on delivery', () => {
  afterEach(() => useI18n().setLocale('pt'));

  async function placeOrderBy(method: 'BANK_TRANSFER' | 'CASH_ON_DELIVERY', answer: FakeReply) {
    shop(USED_UP, answer);
    const { wrapper } = await mountWithShop(CheckoutPage);
    await settle(20);
    await wrapper.find(`input[type="radio"][value="${method}"]`).setValue(true);
    await wrapper.find('[data-testid="place-order"]').trigger('click');
    await settle(10);
    return wrapper;
  }

  it.each([
    ['pt', 'BANK_TRANSFER', 'Este código de desconto já foi usado o número máximo de vezes.'],
    ['en', 'BANK_TRANSFER', 'This discount code has been used the maximum number of times.'],
    ['pt', 'CASH_ON_DELIVERY', 'Este código de desconto já foi usado o número máximo de vezes.'],
    ['en', 'CASH_ON_DELIVERY', 'This discount code has been used the maximum number of times.'],
  ] as const)(
    'when the coupon is refused as the order is placed (%s, %s), then the refusal is said once, under the coupon field',
    async (locale, method, sentence) => {
      useI18n().setLocale(locale);
      const wrapper = await placeOrderBy(method, USED_UP);

      expect(wrapper.find('[data-testid="coupon"] [role="alert"]').text()).toBe(sentence);
      expect(wrapper.find('[data-testid="payment-error"]').text()).toBe('');
      const saying = wrapper.findAll('[role="alert"]').filter((alert) => alert.text() === sentence);
      expect(saying).toHaveLength(1);
    },
  );

  it('when placing the order fails for another reason, then it is said among the payment errors and the coupon field shows no refusal', async () => {
    const wrapper = await placeOrderBy('BANK_TRANSFER', {
      status: 409,
      error: 'Out of stock',
      code: 'OUT_OF_STOCK',
    });

    expect(wrapper.find('[data-testid="payment-error"] [role="alert"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="coupon"] [role="alert"]').exists()).toBe(false);
  });
});
