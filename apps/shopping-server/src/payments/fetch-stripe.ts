import { PaymentProviderError, type PaymentIntent, type StripePort } from './stripe-port.js';

export interface FetchStripeOptions {
  secretKey: string;
  /** `https://api.stripe.com`, or a local stand-in in tests. */
  apiBase: string;
  timeoutMs?: number;
}

/** Stripe's form encoding: nested objects as `metadata[key]=value`. */
function formEncode(fields: Record<string, string | number | Record<string, string>>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'object') {
      for (const [inner, innerValue] of Object.entries(value)) {
        form.append(`${key}[${inner}]`, innerValue);
      }
    } else {
      form.append(key, String(value));
    }
  }
  return form.toString();
}

function isPaymentIntent(value: unknown): value is PaymentIntent {
  if (typeof value !== 'object' || value === null) return false;
  const intent = value as Record<string, unknown>;
  return (
    typeof intent['id'] === 'string' &&
    typeof intent['status'] === 'string' &&
    typeof intent['amount'] === 'number' &&
    typeof intent['currency'] === 'string'
  );
}

/** PaymentIntents over plain HTTPS (`fetch`), until the official client is installed. */
export function createFetchStripe(options: FetchStripeOptions): StripePort {
  const base = options.apiBase.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call(path: string, init: RequestInit): Promise<PaymentIntent> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        ...init,
        headers: { ...init.headers, Authorization: `Bearer ${options.secretKey}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new PaymentProviderError('The card payment service could not be reached');
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const message =
        typeof body === 'object' &&
        body !== null &&
        typeof (body as { error?: { message?: unknown } }).error?.message === 'string'
          ? (body as { error: { message: string } }).error.message
          : `status ${response.status}`;
      throw new PaymentProviderError(
        `The card payment service refused: ${message}`,
        response.status,
      );
    }
    if (!isPaymentIntent(body)) {
      throw new PaymentProviderError('The card payment service gave an unexpected answer');
    }
    return { ...body, metadata: body.metadata ?? {} };
  }

  return {
    createPaymentIntent(input) {
      return call('/v1/payment_intents', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Idempotency-Key': input.idempotencyKey,
        },
        body: formEncode({
          amount: input.amount,
          currency: input.currency,
          receipt_email: input.receiptEmail,
          description: input.description,
          'payment_method_types[]': 'card',
          metadata: input.metadata,
        }),
      });
    },
    retrievePaymentIntent(id) {
      return call(`/v1/payment_intents/${encodeURIComponent(id)}`, { method: 'GET' });
    },
  };
}
