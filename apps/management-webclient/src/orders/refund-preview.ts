import type { AdminOrderDetail, Money } from '@aneis/contracts';

const moneyIn: readonly string[] = ['AUTHORIZATION', 'CAPTURE', 'SALE'];

/**
 * What cancelling would give back and how, as the server will compute it (what came in minus
 * what was already promised back): shown in the question before a manager cancels.
 */
export function refundOnCancel(
  order: Pick<AdminOrderDetail, 'payment_status' | 'payment_info' | 'refunds'>,
): { amount: Money; method: 'STRIPE' | 'BANK_TRANSFER' } | undefined {
  if (order.payment_status !== 'PAID' && order.payment_status !== 'PARTIALLY_REFUNDED') {
    return undefined;
  }
  const paid = order.payment_info.find((payment) => moneyIn.includes(payment.type));
  if (!paid) return undefined;
  const promisedCents = (order.refunds ?? [])
    .filter((refund) => refund.status !== 'FAILED')
    .reduce((sum, refund) => sum + Math.round(refund.amount.amount * 100), 0);
  const leftCents = Math.round(paid.amount_in_usd.amount * 100) - promisedCents;
  if (leftCents <= 0) return undefined;
  return {
    amount: { amount: leftCents / 100, currency: paid.amount_in_usd.currency },
    method: paid.source === 'STRIPE' ? 'STRIPE' : 'BANK_TRANSFER',
  };
}

/** What `quantity` units of a line cost, the refund a return proposes when none is typed. */
export function worthOfUnits(
  line: Pick<AdminOrderDetail['cart']['items'][number], 'aggregatedPrice' | 'counts'>,
  quantity: number,
): Money {
  const cents = Math.round(
    (Math.round(line.aggregatedPrice.amount * 100) * quantity) / line.counts,
  );
  return { amount: cents / 100, currency: line.aggregatedPrice.currency };
}
