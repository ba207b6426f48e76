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
  cardChange: undefined as
    ((change: { error?: { code?: string; message?: string } }) => void) | undefined,
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

  it('when Elements said the card is incomplete and the shopper then switches language, then it is said again in the new language', async () => {
    installFakeShopServer({});
    const { wrapper } = await mountWithShop(StripeCardPayment, {
      publishableKey: 'pk_test_x',
      checkoutId: 'c'.repeat(24),
      beforePay: async () => true,
    });
    await settle();
    const said = () => wrapper.find('[data-testid="card-error"] [role="alert"]').text();

    stripeJs.cardChange?.({
      error: { code: 'incomplete_number', message: 'O número do cartão está incompleto.' },
    });
    await settle();
    expect(said()).toBe('O número do cartão está incompleto.');
    useI18n().setLocale('en');
    await settle();
    expect(said()).toBe('The card number is incomplete.');

    // A code we do not know: Elements' own sentence while it is in the page's language only.
    stripeJs.cardChange?.({ error: { code: 'something_new', message: 'Your card is odd.' } });
    await settle();
    expect(said()).toBe('Your card is odd.');
    useI18n().setLocale('pt');
    await settle();
    expect(said()).toBe('Verifique os dados do cartão.');
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

  // What Stripe.js loaded in English says: none of it may reach a page in Portuguese.
  const STRIPE_EN = 'Your card was declined.';
  it.each([
    [
      { code: 'card_declined', decline_code: 'generic_decline' },
      'O banco recusou o cartão. Experimente outro cartão ou outro meio de pagamento.',
      'Your bank declined the card. Try another card or another way to pay.',
    ],
    [
      { code: 'card_declined', decline_code: 'insufficient_funds' },
      'O cartão não tem saldo suficiente. Experimente outro cartão ou outro meio de pagamento.',
      'The card has insufficient funds. Try another card or another way to pay.',
    ],
    [
      { code: 'card_declined', decline_code: 'lost_card' },
      'O banco recusou o cartão. Experimente outro cartão ou outro meio de pagamento.',
      'Your bank declined the card. Try another card or another way to pay.',
    ],
    [
      { code: 'card_declined', decline_code: 'stolen_card' },
      'O banco recusou o cartão. Experimente outro cartão ou outro meio de pagamento.',
      'Your bank declined the card. Try another card or another way to pay.',
    ],
    [
      { code: 'expired_card' },
      'O cartão já expirou. Use um cartão dentro da validade.',
      'The card has expired. Use a card that is still valid.',
    ],
    [
      { code: 'incorrect_cvc' },
      'O código de segurança (CVC) não está correto. Verifique-o e tente de novo.',
      'The security code (CVC) is incorrect. Check it and try again.',
    ],
    [
      { code: 'incorrect_number' },
      'O número do cartão não está correto. Verifique-o e tente de novo.',
      'The card number is incorrect. Check it and try again.',
    ],
    [
      { code: 'invalid_expiry_month' },
      'O mês de validade do cartão não é válido.',
      "The card's expiry month is not valid.",
    ],
    [
      { code: 'invalid_expiry_year' },
      'O ano de validade do cartão não é válido.',
      "The card's expiry year is not valid.",
    ],
    [
      { code: 'processing_error' },
      'Houve um erro ao processar o cartão. Não foi cobrado nada; tente de novo daqui a pouco.',
      'There was an error processing the card. Nothing was charged; try again in a moment.',
    ],
    [
      { code: 'card_declined', decline_code: 'authentication_required' },
      'O banco não confirmou o pagamento (autenticação 3-D Secure). Tente de novo e confirme-o na aplicação ou mensagem do banco.',
      'Your bank did not confirm the payment (3-D Secure authentication). Try again and approve it in your bank app or message.',
    ],
    [
      { code: 'payment_intent_authentication_failure' },
      'O banco não confirmou o pagamento (autenticação 3-D Secure). Tente de novo e confirme-o na aplicação ou mensagem do banco.',
      'Your bank did not confirm the payment (3-D Secure authentication). Try again and approve it in your bank app or message.',
    ],
    [
      { type: 'rate_limit_error', code: 'rate_limit' },
      'Demasiadas tentativas seguidas. Aguarde um momento e tente de novo.',
      'Too many attempts in a row. Wait a moment and try again.',
    ],
  ])(
    'when Stripe refuses the card with %o, then the card area says so in our own Portuguese and English',
    async (stripeError, pt, en) => {
      confirmation.result = { error: { type: 'card_error', ...stripeError, message: STRIPE_EN } };
      const refused = await payWith({
        'POST /orders/stripePaymentInstant': () => ({ data: { client_secret: 'pi_1_secret' } }),
      });
      const said = () => refused.find('[data-testid="card-error"] [role="alert"]').text();
      expect(said()).toBe(pt);

      // Switched after the refusal: it is re-worded, not left in the language it came in.
      useI18n().setLocale('en');
      await settle();
      expect(said()).toBe(en);
    },
  );

  it('when the shopper switched to English after the card field opened in Portuguese, then a decline is told in English', async () => {
    confirmation.result = {
      error: { type: 'card_error', code: 'card_declined', message: 'O seu cartão foi recusado.' },
    };
    installFakeShopServer({
      'POST /orders/stripePaymentInstant': () => ({ data: { client_secret: 'pi_1_secret' } }),
    });
    const { wrapper } = await mountWithShop(StripeCardPayment, {
      publishableKey: 'pk_test_x',
      checkoutId: 'c'.repeat(24),
      beforePay: async () => true,
    });
    await settle();
    useI18n().setLocale('en');
    await settle();
    await wrapper.find('button').trigger('click');
    await settle();

    expect(stripeJs.loadedIn).toEqual(['pt']);
    expect(wrapper.find('[data-testid="card-error"] [role="alert"]').text()).toBe(
      'Your bank declined the card. Try another card or another way to pay.',
    );
  });

  it("when Stripe answers with a code we do not know, then its own sentence is shown only while the page speaks Stripe.js's language", async () => {
    confirmation.result = {
      error: { type: 'card_error', code: 'some_new_code', message: 'O seu cartão foi recusado.' },
    };
    const refused = await payWith({
      'POST /orders/stripePaymentInstant': () => ({ data: { client_secret: 'pi_1_secret' } }),
    });
    const said = () => refused.find('[data-testid="card-error"] [role="alert"]').text();
    expect(said()).toBe('O seu cartão foi recusado.');

    useI18n().setLocale('en');
    await settle();
    expect(said()).toBe('The card payment was not accepted.');

    useI18n().setLocale('pt');
    await settle();
    expect(said()).toBe('O seu cartão foi recusado.');
  });

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
