import type { StoredMoney, StoredPayment, StoredRefund } from '@aneis/data';
import { paymentStatusFromEntries, paymentStatusOf } from '@aneis/data';
import type { LeanOrder } from './order-view.js';

/** Entries that brought money in (an uncaptured card authorisation is not counted below). */
const MONEY_IN: readonly StoredPayment['type'][] = ['AUTHORIZATION', 'CAPTURE', 'SALE'];

/** The entry whose money a refund gives back: the one that brought money in, if any did. */
export function paidEntryOf(order: LeanOrder): StoredPayment | undefined {
  return order.payment_info.find((payment) => MONEY_IN.includes(payment.type));
}

/** Whether the shop has money of this order that it could give back. */
export function moneyIsIn(order: LeanOrder): boolean {
  const state = paymentStatusOf(order);
  return state === 'PAID' || state === 'PARTIALLY_REFUNDED';
}

/**
 * What is still refundable, in the base currency: what came in minus every refund already
 * recorded, pending ones included (a pending Stripe refund is money already promised).
 */
export function refundableCents(order: LeanOrder): number {
  const entry = paidEntryOf(order);
  if (!entry || !moneyIsIn(order)) return 0;
  const promised = (order.refunds ?? [])
    .filter((refund) => refund.status !== 'FAILED')
    .reduce((sum, refund) => sum + refund.amount.cents, 0);
  return Math.max(0, entry.amount_in_usd.cents - promised);
}

/** Card money goes back through Stripe; a transfer or cash is given back by bank transfer. */
export function refundMethodOf(entry: StoredPayment): StoredRefund['method'] {
  return entry.source === 'STRIPE' ? 'STRIPE' : 'BANK_TRANSFER';
}

/**
 * The refund in the payment's own currency (a shopper who paid in another currency is refunded
 * in it, in the same proportion), in minor units, for Stripe and for the payment entry.
 */
export function inPaymentCurrency(entry: StoredPayment, amount: StoredMoney): StoredMoney {
  const base = entry.amount_in_usd.cents;
  const paid = entry.amount_in_payment_currency;
  if (base <= 0 || paid.currency === amount.currency) return { ...paid, cents: amount.cents };
  return { cents: Math.round((paid.cents * amount.cents) / base), currency: paid.currency };
}

/** The REFUND entry a settled refund adds to Veniqa's payment list (what reports read). */
export function refundPaymentEntry(entry: StoredPayment, refund: StoredRefund): StoredPayment {
  return {
    source: entry.source,
    type: 'REFUND',
    payment_id: entry.payment_id,
    transaction_id: refund.providerRefundId ?? String(refund._id),
    amount_in_usd: refund.amount,
    ...(entry.exchange_rate ? { exchange_rate: entry.exchange_rate } : {}),
    amount_in_payment_currency: inPaymentCurrency(entry, refund.amount),
  };
}

/** The payment list and state once `refund` is settled. */
export function paymentAfterRefund(order: LeanOrder, refund: StoredRefund) {
  const entry = paidEntryOf(order);
  if (!entry) return { payment_info: order.payment_info, payment_status: paymentStatusOf(order) };
  const payment_info = [...order.payment_info, refundPaymentEntry(entry, refund)];
  return { payment_info, payment_status: paymentStatusFromEntries(payment_info) };
}
