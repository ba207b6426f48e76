import type { CheckoutDoc, CustomerDoc, ShopModels, StoredPayment } from '@aneis/data';
import { BadInput, ServiceUnavailable } from '@aneis/errors';
import {
  PaymentProviderError,
  type PaymentIntent,
  type StripePort,
} from '../payments/stripe-port.js';
import { claimPaymentOnce, markPaymentGivenBack } from './claim-payment-once.js';
import type { PaymentSettlement } from './place-order.js';

export function requireStripe(stripe: StripePort | undefined): StripePort {
  if (!stripe) throw new ServiceUnavailable('Card payments are not available right now');
  return stripe;
}

/** Provider failures become a readable 400, never the provider's raw object. */
export async function askProvider<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof PaymentProviderError) throw new BadInput(error.message);
    throw error;
  }
}

function describeCheckout(checkout: CheckoutDoc): string {
  return `Order ${String(checkout._id).slice(-6)}`;
}

/** Step 1 of the card flow: a PaymentIntent for the checkout's total, tagged with its owner. */
export async function createPaymentIntentFor(
  stripe: StripePort,
  customer: CustomerDoc,
  checkout: CheckoutDoc,
): Promise<{ client_secret: string }> {
  const intent = await askProvider(() =>
    stripe.createPaymentIntent({
      amount: checkout.cart.totalPrice.cents,
      currency: checkout.cart.totalPrice.currency.toLowerCase(),
      receiptEmail: customer.email,
      description: describeCheckout(checkout),
      metadata: {
        checkout_id: String(checkout._id),
        user_id: String(customer._id),
        user_email: customer.email,
      },
      // One intent per checkout and amount: a retry returns the same intent.
      idempotencyKey: `checkout-${String(checkout._id)}-${checkout.cart.totalPrice.cents}`,
    }),
  );
  if (!intent.client_secret) throw new BadInput('The card payment could not be started');
  return { client_secret: intent.client_secret };
}

function checkIntent(intent: PaymentIntent, customer: CustomerDoc, checkout: CheckoutDoc): void {
  if (intent.status !== 'succeeded') {
    throw new BadInput(`The card payment has not succeeded (status ${intent.status})`);
  }
  if (
    intent.metadata['checkout_id'] !== String(checkout._id) ||
    intent.metadata['user_id'] !== String(customer._id)
  ) {
    throw new BadInput('This card payment belongs to another checkout');
  }
  if (
    intent.amount !== checkout.cart.totalPrice.cents ||
    intent.currency.toUpperCase() !== checkout.cart.totalPrice.currency
  ) {
    throw new BadInput('The card payment does not match the order total');
  }
}

/**
 * Step 2: the intent must have succeeded, for this checkout and shopper, for the exact amount
 * and currency, and must not have paid anything else before (Veniqa checked none of this). It
 * is verified before any stock is taken, and refunded through Stripe if the stock is gone.
 */
export function settleWithStripe(
  models: ShopModels,
  stripe: StripePort,
  customer: CustomerDoc,
  intentId: string,
): PaymentSettlement {
  return {
    async settle(checkout) {
      const intent = await askProvider(() => stripe.retrievePaymentIntent(intentId));
      checkIntent(intent, customer, checkout);
      await claimPaymentOnce(models, `stripe:${intent.id}`, String(checkout._id));
      const payment: StoredPayment = {
        source: 'STRIPE',
        type: 'AUTHORIZATION',
        payment_id: intent.id,
        transaction_id: '0',
        amount_in_usd: checkout.cart.totalPrice,
        amount_in_payment_currency: checkout.cart.totalPrice,
        payment_service_response_dump: {
          id: intent.id,
          status: intent.status,
          amount: intent.amount,
          currency: intent.currency,
        },
      };
      return payment;
    },
    async giveBack(payment, checkout) {
      // The key makes a retried refund of this intent a no-op at Stripe.
      await stripe.refundPaymentIntent(payment.payment_id, `refund-${payment.payment_id}`);
      await markPaymentGivenBack(models, `stripe:${payment.payment_id}`, String(checkout._id));
    },
  };
}
