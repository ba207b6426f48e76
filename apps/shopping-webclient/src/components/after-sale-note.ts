import type { UserOrderDetail } from '@aneis/contracts';
import type { MessageKey } from '../i18n/i18n.js';

/**
 * One sentence that says what happened after the sale (cancelled, items returned, money given
 * back), so a shopper does not have to read it from two status words.
 */
export function afterSaleNote(
  order: Pick<UserOrderDetail, 'overall_status' | 'payment_status' | 'cart'>,
): MessageKey | undefined {
  const refunded = order.payment_status === 'REFUNDED';
  const partly = order.payment_status === 'PARTIALLY_REFUNDED';
  if (order.overall_status === 'CANCELLED') {
    return refunded ? 'orders.note.cancelledRefunded' : 'orders.note.cancelled';
  }
  if (order.cart.items.some((line) => (line.returned ?? 0) > 0)) {
    if (refunded) return 'orders.note.returnedRefunded';
    return partly ? 'orders.note.returnedPartlyRefunded' : 'orders.note.returned';
  }
  if (refunded) return 'orders.note.refunded';
  return partly ? 'orders.note.partlyRefunded' : undefined;
}
