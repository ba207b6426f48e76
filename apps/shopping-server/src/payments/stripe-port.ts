/**
 * The part of Stripe's PaymentIntents API the shop uses, implemented with the official `stripe`
 * package by `createStripeClient`; tests may inject their own.
 */
export interface PaymentIntent {
  id: string;
  status: string;
  /** Minor units. */
  amount: number;
  /** Lower-case ISO code, as Stripe writes it. */
  currency: string;
  client_secret?: string | null;
  metadata: Record<string, string>;
}

export interface CreatePaymentIntent {
  amount: number;
  currency: string;
  receiptEmail: string;
  description: string;
  metadata: Record<string, string>;
  /** Same key, same intent: a retried request does not create a second one. */
  idempotencyKey: string;
}

export interface StripePort {
  createPaymentIntent(input: CreatePaymentIntent): Promise<PaymentIntent>;
  retrievePaymentIntent(id: string): Promise<PaymentIntent>;
  /** Gives a succeeded intent's money back in full; the key makes a retry refund once. */
  refundPaymentIntent(id: string, idempotencyKey: string): Promise<{ refundId: string }>;
  /** Cancels an intent that has not succeeded (nothing was taken). */
  cancelPaymentIntent(id: string): Promise<PaymentIntent>;
}

/** A provider refused or failed; `message` is safe to show the shopper. */
export class PaymentProviderError extends Error {
  override name = 'PaymentProviderError';
  constructor(
    message: string,
    readonly providerStatus?: number,
  ) {
    super(message);
  }
}
