// zod-free on purpose: browsers import these values without pulling the schemas in.

/** Why money went back to the shopper. */
export const refundCauses = ['CANCELLATION', 'RETURN'] as const;
/** Through Stripe for card payments; by a bank transfer the shop makes for the manual ones. */
export const refundMethods = ['STRIPE', 'BANK_TRANSFER'] as const;
/** A Stripe refund waits for Stripe (PENDING) and may fail (FAILED, retryable); manual ones succeed. */
export const refundStatuses = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
/**
 * Why a card refund FAILED, for the admin UI to say in the manager's language: card refunds are
 * off (no Stripe key on the management server), or Stripe refused this refund (its own words
 * are kept beside the code).
 */
export const refundFailureCodes = ['CARD_REFUNDS_OFF', 'PROVIDER_REFUSED'] as const;

/** Longest reason a manager may give for a cancellation, a return or a refund. */
export const REFUND_REASON_MAX = 500;
