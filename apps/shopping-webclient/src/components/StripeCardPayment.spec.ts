import { enableAutoUnmount } from '@vue/test-utils';
import { installFakeShopServer, type FakeReply } from '../../test/fake-shop-server.js';
import { mountWithShop, settle } from '../../test/mount-with-shop.js';
import type { StripeLike, StripeLocale } from '../checkout/stripe-loader.js';
import { useI18n } from '../i18n/i18n.js';
import StripeCardPayment from './StripeCardPayment.vue';

/**
 * Stripe.js stand-in: a card that mounts and reports what is typed, a confirmation that answers
 * what the test says, and a note of every language Stripe.js and its Elements were given.
 */
const confirmation: { result: Awaited<ReturnType<StripeLike['confirmCardPayment']>> } = {
  result: { paymentIntent: { id: 'pi_1', status: 'succeeded' } },
};
const stripeJs = {
  loadedIn: [] as StripeLocale[],
  elementsCreatedIn: [] as (StripeLocale | undefined)[],
  elementsUpdatedTo: [] as StripeLocale[],
  cardChange: undefined as ((change: { error?: { message?: string } }) => void) | undefined,
};
vi.mock('../checkout/stripe-loader.js', () => ({
  loadStripe: async (_key: string, locale: StripeLocale): Promise<StripeLike> => {
    stripeJs.loadedIn.push(locale);
    return {
      elements: (options) => {
        stripeJs.elementsCreatedIn.push(options?.locale);
        return {
          create: () => ({
            mount: () => undefined,
            destroy: () => undefined,
            on: (_event, handler) => {
              stripeJs.cardChange = handler;
            },
          }),
          update: ({ locale: next }) => stripeJs.elementsUpdatedTo.push(next),
        };
      },
      confirmCardPayment: async () => confirmation.result,
    };
  },
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

// Each test's card field is taken down after it, as leaving the checkout does.
enableAutoUnmount(afterEach);

describe('StripeCardPayment', () => {
  afterEach(() => {
    useI18n().setLocale('pt');
    confirmation.result = { paymentIntent: { id: 'pi_1', status: 'succeeded' } };
    stripeJs.loadedIn = [];
    stripeJs.elementsCreatedIn = [];
    stripeJs.elementsUpdatedTo = [];
    stripeJs.cardChange = undefined;
  });

  it.each(['pt', 'en'] as const)(
    'when the card field opens on a page in %s, then Stripe.js and its Elements are given that language',
    async (locale) => {
      useI18n().setLocale(locale);
      installFakeShopServer({});
      await mountWithShop(StripeCardPayment, {
        publishableKey: 'pk_test_x',
        checkoutId: 'c'.repeat(24),
        beforePay: async () => true,
      });
      await settle();

      expect(stripeJs.loadedIn).toEqual([locale]);
      expect(stripeJs.elementsCreatedIn).toEqual([locale]);
    },
  );

  it('when the shopper switches language with the card field open, then Elements follow it in place and show its card errors', async () => {
    installFakeShopServer({});
    const { wrapper } = await mountWithShop(StripeCardPayment, {
      publishableKey: 'pk_test_x',
      checkoutId: 'c'.repeat(24),
      beforePay: async () => true,
    });
    await settle();
    expect(stripeJs.elementsCreatedIn.at(-1)).toBe('pt');
    stripeJs.elementsUpdatedTo = [];

    useI18n().setLocale('en');
    await settle();
    useI18n().setLocale('pt');
    await settle();
    expect(stripeJs.elementsUpdatedTo).toEqual(['en', 'pt']);

    stripeJs.cardChange?.({ error: { message: 'O número do cartão está incompleto.' } });
    await settle();
    expect(wrapper.find('[data-testid="card-error"] [role="alert"]').text()).toBe(
      'O número do cartão está incompleto.',
    );
    stripeJs.cardChange?.({});
    await settle();
    expect(wrapper.find('[data-testid="card-error"]').text()).toBe('');
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
