import { installFakeShopServer, type FakeReply } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import type { StripeLike } from '../checkout/stripe-loader.js';
import { useI18n } from '../i18n/i18n.js';
import StripeCardPayment from './StripeCardPayment.vue';

/** Stripe.js stand-in: a card that mounts, and a confirmation that answers what the test says. */
const confirmation: { result: Awaited<ReturnType<StripeLike['confirmCardPayment']>> } = {
  result: { paymentIntent: { id: 'pi_1', status: 'succeeded' } },
};
vi.mock('../checkout/stripe-loader.js', () => ({
  loadStripe: async (): Promise<StripeLike> => ({
    elements: () => ({ create: () => ({ mount: () => undefined, destroy: () => undefined }) }),
    confirmCardPayment: async () => confirmation.result,
  }),
}));

const USED_UP = {
  pt: 'Este código de desconto já foi usado o número máximo de vezes.',
  en: 'This discount code has been used the maximum number of times.',
};
const usedUp: FakeReply = { status: 409, error: 'Coupon used up', code: 'COUPON_USED_UP' };

async function payWith(handlers: Record<string, () => FakeReply>) {
  installFakeShopServer(handlers);
  const { wrapper } = await mountWithShop(StripeCardPayment, {
    publishableKey: 'pk_test_x',
    checkoutId: 'c'.repeat(24),
    beforePay: async () => true,
  });
  await settle();
  await wrapper.find('button').trigger('click');
  await settle();
  return wrapper;
}

describe('StripeCardPayment', () => {
  afterEach(() => {
    useI18n().setLocale('pt');
    confirmation.result = { paymentIntent: { id: 'pi_1', status: 'succeeded' } };
  });

  it.each([
    ['pt', 'POST /orders/stripePaymentInstant'],
    ['en', 'POST /orders/completeCheckoutUsingStripePaymentInstant'],
  ] as const)(
    'when the coupon is refused while paying (%s, at %s), then it goes to the coupon field and the card area stays clear',
    async (locale, refusedAt) => {
      useI18n().setLocale(locale);
      const wrapper = await payWith({
        'POST /orders/stripePaymentInstant': () => ({ data: { client_secret: 'pi_1_secret' } }),
        'POST /orders/completeCheckoutUsingStripePaymentInstant': () => ({
          data: { order_id: 'o'.repeat(24) },
        }),
        [refusedAt]: () => usedUp,
      });

      expect(wrapper.emitted('paying')).toHaveLength(1);
      expect(wrapper.emitted('couponRefused')).toEqual([[USED_UP[locale]]]);
      expect(wrapper.find('[data-testid="card-error"]').text()).toBe('');
      expect(wrapper.emitted('paid')).toBeUndefined();
    },
  );

  it('when the card itself fails or another refusal comes, then it is said in the card area and the coupon field is left alone', async () => {
    confirmation.result = { error: { message: 'O seu cartão foi recusado.' } };
    const declined = await payWith({
      'POST /orders/stripePaymentInstant': () => ({ data: { client_secret: 'pi_1_secret' } }),
    });
    expect(declined.find('[data-testid="card-error"] [role="alert"]').text()).toBe(
      'O seu cartão foi recusado.',
    );
    expect(declined.emitted('couponRefused')).toBeUndefined();

    const soldOut = await payWith({
      'POST /orders/stripePaymentInstant': () => ({
        status: 409,
        error: 'Out of stock',
        code: 'OUT_OF_STOCK',
      }),
    });
    expect(soldOut.find('[data-testid="card-error"] [role="alert"]').exists()).toBe(true);
    expect(soldOut.emitted('couponRefused')).toBeUndefined();
  });
});
