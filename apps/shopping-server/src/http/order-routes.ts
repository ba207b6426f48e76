import { requireLogin } from '@aneis/auth';
import {
  checkoutIdQuerySchema,
  completeCheckoutBodySchema,
  completeCheckoutManuallyBodySchema,
  createCheckoutBodySchema,
  stripePaymentInstantBodySchema,
} from '@aneis/contracts';
import { Gone } from '@aneis/errors';
import { sendSuccess } from '@aneis/http';
import { Router } from 'express';
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
import { BadInput } from '@aneis/errors';
import { requireKhalti, settleWithKhalti } from '../orders/khalti-payment.js';
import { settleManually } from '../orders/manual-payment.js';
import { placeOrder, type PlaceOrderDeps } from '../orders/place-order.js';
import { assertStockAvailable } from '../orders/reserve-stock.js';
import {
  createPaymentIntentFor,
  requireStripe,
  settleWithStripe,
} from '../orders/stripe-payment.js';
import { parseInput } from './parse-input.js';
import { sessionUserId } from './session-user.js';
import type { ShopContext } from './shop-context.js';
import { languageOf } from './request-language.js';

export const RETIRED_FLOW_MESSAGE =
  'This payment flow is no longer supported. Pay by card with POST /orders/stripePaymentInstant ' +
  'then POST /orders/completeCheckoutUsingStripePaymentInstant, with Khalti through ' +
  'POST /orders/completeCheckoutUsingKhalti, or on delivery / by bank transfer through ' +
  'POST /orders/completeCheckoutManually.';

export function orderRoutes({ deps, mail, now }: ShopContext): Router {
  const { models } = deps;
  const checkoutDeps: CheckoutDeps = { models, baseCurrency: deps.config.baseCurrency, now };
  const placeDeps: PlaceOrderDeps = { ...checkoutDeps, mail, logger: deps.logger };
  const router = Router();
  router.use(requireLogin());
  const customerOf = (req: Parameters<typeof sessionUserId>[0]) =>
    loadCustomer(models, sessionUserId(req));

  router.post('/createCheckout', async (req, res) => {
    const body = parseInput(
      createCheckoutBodySchema,
      req.body,
      CHECKOUT_MESSAGES.invalidCheckoutRequest,
    );
    sendSuccess(res, await createCheckout(checkoutDeps, await customerOf(req), body));
  });

  router.get('/isCheckoutValid', async (req, res) => {
    const { checkoutId } = parseInput(
      checkoutIdQuerySchema,
      req.query,
      CHECKOUT_MESSAGES.missingCheckoutId,
    );
    sendSuccess(res, await isCheckoutValid(checkoutDeps, await customerOf(req), checkoutId));
  });

  router.post('/stripePaymentInstant', async (req, res) => {
    const { checkoutId } = parseInput(
      stripePaymentInstantBodySchema,
      req.body,
      CHECKOUT_MESSAGES.missingCheckoutId,
    );
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
      checkout.cart.items.map((line) => ({
        productId: String(line.product._id),
        name: line.product.name,
        units: line.counts,
      })),
    );
    sendSuccess(res, await createPaymentIntentFor(stripe, customer, checkout));
  });

  router.post('/completeCheckoutUsingStripePaymentInstant', async (req, res) => {
    const body = parseInput(
      completeCheckoutBodySchema,
      req.body,
      CHECKOUT_MESSAGES.missingPaymentToken,
    );
    const stripe = requireStripe(deps.stripe);
    const customer = await customerOf(req);
    const settle = settleWithStripe(models, stripe, customer, body.paymentToken);
    sendSuccess(
      res,
      await placeOrder(placeDeps, customer, body.checkoutId, settle, languageOf(req)),
    );
  });

  router.post('/completeCheckoutUsingKhalti', async (req, res) => {
    const body = parseInput(
      completeCheckoutBodySchema,
      req.body,
      CHECKOUT_MESSAGES.missingPaymentToken,
    );
    const khalti = requireKhalti(deps.khalti);
    const customer = await customerOf(req);
    const settle = settleWithKhalti(models, khalti, body.paymentToken);
    sendSuccess(
      res,
      await placeOrder(placeDeps, customer, body.checkoutId, settle, languageOf(req)),
    );
  });

  router.post('/completeCheckoutManually', async (req, res) => {
    const body = parseInput(completeCheckoutManuallyBodySchema, req.body);
    const customer = await customerOf(req);
    sendSuccess(
      res,
      await placeOrder(
        placeDeps,
        customer,
        body.checkoutId,
        settleManually(body.method),
        languageOf(req),
      ),
    );
  });

  for (const retired of [
    '/completeCheckoutUsingCard',
    '/createPaymentToken',
    '/completeCheckout',
  ]) {
    router.post(retired, () => {
      throw new Gone(RETIRED_FLOW_MESSAGE);
    });
  }
  return router;
}
