import Stripe from 'stripe';
import { PaymentProviderError, type PaymentIntent, type StripePort } from './stripe-port.js';

export interface StripeClientOptions {
  secretKey: string;
  /** `https://api.stripe.com`, or a local stand-in in tests (no path: the SDK adds `/v1/`). */
  apiBase: string;
  timeoutMs?: number;
  /** Retries of failed connections and 5xx/409 answers; POSTs carry idempotency keys. */
  maxNetworkRetries?: number;
}

function toPaymentIntent(intent: Stripe.PaymentIntent): PaymentIntent {
  return {
    id: intent.id,
    status: intent.status,
    amount: intent.amount,
    currency: intent.currency,
    client_secret: intent.client_secret,
    metadata: { ...intent.metadata },
  };
}

/** Stripe's failures as readable messages; never its raw error object. */
async function asking<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeConnectionError) {
      throw new PaymentProviderError('The card payment service could not be reached');
    }
    if (error instanceof Stripe.errors.StripeError) {
      throw new PaymentProviderError(
        `The card payment service refused: ${error.message}`,
        error.statusCode,
      );
    }
    throw error;
  }
}

/** PaymentIntents through the official `stripe` package, pointed at `apiBase`. */
export function createStripeClient(options: StripeClientOptions): StripePort {
  const base = new URL(options.apiBase);
  if (base.pathname !== '/' || base.search !== '') {
    throw new Error(`STRIPE_API_BASE must be a bare origin such as https://api.stripe.com`);
  }
  const protocol = base.protocol === 'http:' ? 'http' : 'https';
  const stripe = new Stripe(options.secretKey, {
    host: base.hostname,
    port: base.port === '' ? (protocol === 'http' ? 80 : 443) : Number(base.port),
    protocol,
    timeout: options.timeoutMs ?? 10_000,
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    telemetry: false,
  });

  return {
    async createPaymentIntent(input) {
      const intent = await asking(() =>
        stripe.paymentIntents.create(
          {
            amount: input.amount,
            currency: input.currency,
            receipt_email: input.receiptEmail,
            description: input.description,
            allowed_payment_method_types: ['card'],
            metadata: input.metadata,
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return toPaymentIntent(intent);
    },
    async retrievePaymentIntent(id) {
      return toPaymentIntent(await asking(() => stripe.paymentIntents.retrieve(id)));
    },
    async refundPaymentIntent(id, idempotencyKey) {
      const refund = await asking(() =>
        stripe.refunds.create({ payment_intent: id }, { idempotencyKey }),
      );
      return { refundId: refund.id };
    },
    async cancelPaymentIntent(id) {
      return toPaymentIntent(await asking(() => stripe.paymentIntents.cancel(id)));
    },
  };
}
