/**
 * What the admin needs of Stripe: give money of a card payment back. Implemented over HTTP by
 * `createStripeRefunds` (the official client); tests point it at a local stand-in.
 */
export interface StripeRefundRequest {
  /** The payment's `payment_id`: a PaymentIntent (`pi_…`) or a legacy Charge (`ch_…`). */
  paymentId: string;
  /** Minor units of the payment's currency. */
  amount: number;
  /** One key per refund record: a retried request refunds once, whatever was lost on the way. */
  idempotencyKey: string;
  metadata: Record<string, string>;
}

export interface StripeRefundPort {
  refund(request: StripeRefundRequest): Promise<{ refundId: string; status: string }>;
}

/**
 * Stripe refused, or could not be reached; the message is Stripe's, safe to show a manager.
 * `unanswered`: no answer came (Stripe down, a timeout, its own 5xx or rate limit), so whether
 * the refund was made is unknown and asking again with the same key is the way to find out.
 */
export class RefundProviderError extends Error {
  override name = 'RefundProviderError';
  constructor(
    message: string,
    readonly unanswered = false,
  ) {
    super(message);
  }
}
