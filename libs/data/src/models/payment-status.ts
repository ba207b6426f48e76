import type { StoredMoney } from './money-schema.js';
import type { StoredPayment } from './payment-schema.js';

export const PAYMENT_STATUSES = [
  'AWAITING_PAYMENT',
  'PAID',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
] as const;
export type StoredPaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Payment entries that mean money was taken (a refund entry gives some back). */
const MONEY_IN: readonly StoredPayment['type'][] = ['AUTHORIZATION', 'CAPTURE', 'SALE'];

/**
 * A card authorisation that was never captured brought no money: Veniqa's legacy Charges flow
 * authorised only (`captured: false`), and an intent may wait for capture. Ours capture at once.
 */
function providerHeldBack(payment: StoredPayment): boolean {
  const dump = payment.payment_service_response_dump;
  if (typeof dump !== 'object' || dump === null) return false;
  const answer = dump as { captured?: unknown; status?: unknown };
  return answer.captured === false || answer.status === 'requires_capture';
}

/**
 * Reads the payment state an order's payment entries imply. Used to backfill orders placed before
 * the state was stored, and as the state of any order read before that backfill reached it:
 * pending entries (cash on delivery, bank transfer, Veniqa's NONE) await payment; a sale or a
 * captured card payment is paid; refund entries make it (partially) refunded.
 */
export function paymentStatusFromEntries(payments: readonly StoredPayment[]): StoredPaymentStatus {
  const taken = payments
    .filter((p) => MONEY_IN.includes(p.type) && !providerHeldBack(p))
    .reduce((sum, p) => sum + cents(p.amount_in_usd), 0);
  if (taken <= 0) return 'AWAITING_PAYMENT';
  const refunded = payments
    .filter((p) => p.type === 'REFUND')
    .reduce((sum, p) => sum + cents(p.amount_in_usd), 0);
  if (refunded <= 0) return 'PAID';
  return refunded >= taken ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
}

function cents(money: StoredMoney | undefined): number {
  return typeof money?.cents === 'number' ? money.cents : 0;
}

/** The stored state, or the one the entries imply for an order not backfilled yet. */
export function paymentStatusOf(order: {
  payment_status?: StoredPaymentStatus | null;
  payment_info?: readonly StoredPayment[];
}): StoredPaymentStatus {
  return order.payment_status ?? paymentStatusFromEntries(order.payment_info ?? []);
}
