import Stripe from 'stripe';
import { RefundProviderError, type StripeRefundPort } from './stripe-refund-port.js';

export interface StripeRefundsOptions {
  secretKey: string;
  /** `https://api.stripe.com`, or a stand-in's origin in tests (the SDK adds `/v1/`). */
  apiBase: string;
}

/** Where the SDK should connect, from a bare origin (anything with a path is a mistake). */
function connectionOf(apiBase: string) {
  const origin = new URL(apiBase);
  if (origin.pathname !== '/' || origin.search !== '') {
    throw new Error('STRIPE_API_BASE must be a bare origin such as https://api.stripe.com');
  }
  const protocol: 'http' | 'https' = origin.protocol === 'http:' ? 'http' : 'https';
  const defaultPort = protocol === 'http' ? 80 : 443;
  return {
    host: origin.hostname,
    protocol,
    port: origin.port === '' ? defaultPort : Number(origin.port),
  };
}

/**
 * Refunds through the official `stripe` package. The SDK retries lost connections and 5xx on
 * its own; every attempt carries the caller's idempotency key, so Stripe refunds once.
 */
export function createStripeRefunds(options: StripeRefundsOptions): StripeRefundPort {
  const stripe = new Stripe(options.secretKey, {
    ...connectionOf(options.apiBase),
    timeout: 10_000,
    maxNetworkRetries: 2,
    telemetry: false,
  });
  return {
    async refund(request) {
      // Veniqa's legacy Charges API left `ch_…` ids; PaymentIntents are refunded by intent.
      const target = request.paymentId.startsWith('ch_')
        ? { charge: request.paymentId }
        : { payment_intent: request.paymentId };
      try {
        const refund = await stripe.refunds.create(
          { ...target, amount: request.amount, metadata: request.metadata },
          { idempotencyKey: request.idempotencyKey },
        );
        return { refundId: refund.id, status: refund.status ?? 'pending' };
      } catch (error) {
        if (error instanceof Stripe.errors.StripeError) {
          const unanswered =
            error instanceof Stripe.errors.StripeConnectionError ||
            error instanceof Stripe.errors.StripeRateLimitError ||
            (error.statusCode ?? 0) >= 500;
          throw new RefundProviderError(`Stripe: ${error.message}`, unanswered);
        }
        throw error;
      }
    },
  };
}
