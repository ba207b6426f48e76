import { BadInput, Gone } from '@aneis/errors';
import { loadCustomer } from '../accounts/load-customer.js';
import { CHECKOUT_MESSAGES } from '../checkout/checkout-messages.js';
import {
  checkoutStillValid,
  createCheckout,
  isCheckoutValid,
  ownCheckout,
  assertEmailConfirmed,
  type CheckoutDeps,
} from '../checkout/create-checkout.js';
import { requireKhalti, settleWithKhalti } from '../orders/khalti-payment.js';
import { settleManually } from '../orders/manual-payment.js';
import { placeOrder, stockRequestOf, type PlaceOrderDeps } from '../orders/place-order.js';
import { assertStockAvailable } from '../orders/reserve-stock.js';
import {
  createPaymentIntentFor,
  requireStripe,
  settleWithStripe,
} from '../orders/stripe-payment.js';
import type { ShoppingArea } from './route-table.js';
import { sessionUserId } from './session-user.js';
import type { ShopContext } from './shop-context.js';
import { languageOf } from './request-language.js';

export const RETIRED_FLOW_MESSAGE =
  'This payment flow is no longer supported. Pay by card with POST /orders/stripePaymentInstant ' +
  'then POST /orders/completeCheckoutUsingStripePaymentInstant, with Khalti through ' +
  'POST /orders/completeCheckoutUsingKhalti, or on delivery / by bank transfer through ' +
  'POST /orders/completeCheckoutManually.';

function retired(): never {
  throw new Gone(RETIRED_FLOW_MESSAGE);
}

export function orderRoutes({ deps, mail, now }: ShopContext): ShoppingArea<'/orders'> {
  const { models } = deps;
  const checkoutDeps: CheckoutDeps = {
    models,
    baseCurrency: deps.config.baseCurrency,
    veniqaCharges: deps.config.pricing.veniqaCharges,
    now,
  };
  const placeDeps: PlaceOrderDeps = { ...checkoutDeps, mail, logger: deps.logger };
  const customerOf = (req: Parameters<typeof sessionUserId>[0]) =>
    loadCustomer(models, sessionUserId(req));

  return {
    'POST /orders/createCheckout': {
      missingMessage: CHECKOUT_MESSAGES.invalidCheckoutRequest,
      handle: async ({ body }, { req }) =>
        createCheckout(checkoutDeps, await customerOf(req), body),
    },

    'GET /orders/isCheckoutValid': {
      missingMessage: CHECKOUT_MESSAGES.missingCheckoutId,
      handle: async ({ query: { checkoutId } }, { req }) =>
        isCheckoutValid(checkoutDeps, await customerOf(req), checkoutId),
    },

    'POST /orders/stripePaymentInstant': {
      missingMessage: CHECKOUT_MESSAGES.missingCheckoutId,
      handle: async ({ body: { checkoutId } }, { req }) => {
        const stripe = requireStripe(deps.stripe);
        const customer = await customerOf(req);
        assertEmailConfirmed(customer);
        const checkout = await ownCheckout(models, customer, checkoutId);
        if (!(await checkoutStillValid(checkoutDeps, customer, checkout))) {
          throw new BadInput(CHECKOUT_MESSAGES.changed);
        }
        // Nobody is asked to pay for what is already sold out.
        await assertStockAvailable(
          models,
          checkout.cart.items.map((line) => stockRequestOf(line)),
        );
        return createPaymentIntentFor(stripe, customer, checkout);
      },
    },

    'POST /orders/completeCheckoutUsingStripePaymentInstant': {
      missingMessage: CHECKOUT_MESSAGES.missingPaymentToken,
      handle: async ({ body }, { req }) => {
        const stripe = requireStripe(deps.stripe);
        const customer = await customerOf(req);
        const settle = settleWithStripe(models, stripe, customer, body.paymentToken);
        return placeOrder(placeDeps, customer, body.checkoutId, settle, languageOf(req));
      },
    },

    'POST /orders/completeCheckoutUsingKhalti': {
      missingMessage: CHECKOUT_MESSAGES.missingPaymentToken,
      handle: async ({ body }, { req }) => {
        const khalti = requireKhalti(deps.khalti);
        const customer = await customerOf(req);
        const settle = settleWithKhalti(models, khalti, body.paymentToken);
        return placeOrder(placeDeps, customer, body.checkoutId, settle, languageOf(req));
      },
    },

    'POST /orders/completeCheckoutManually': async ({ body }, { req }) => {
      const customer = await customerOf(req);
      return placeOrder(
        placeDeps,
        customer,
        body.checkoutId,
        settleManually(body.method),
        languageOf(req),
      );
    },

    'POST /orders/completeCheckoutUsingCard': retired,
    'POST /orders/createPaymentToken': retired,
    'POST /orders/completeCheckout': retired,
  };
}
