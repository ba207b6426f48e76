import type { Auditor, CancelOrderBody } from '@aneis/contracts';
import type { RefundDeps } from './execute-refund.js';
import { finishOrderEffects } from './finish-owed-effects.js';
import { owedCardRefund, owedCouponRelease, owedMail } from './owed-effects.js';
import { loadOrder, orderDetail } from './read-orders.js';
import { newRefund, refundChange } from './refund-records.js';
import { refundableCents } from './refund-plan.js';
import { finishOrderRestocks, restocksFor } from './restock.js';
import { saveOrderChange } from './save-order-change.js';
import { nextStatusOnCancel } from './state-machine.js';

/**
 * Cancels an order that has not shipped: the lines' reserved stock goes back and what was paid
 * is refunded (by transfer, recorded at once; by card, through Stripe). Status, stock flag and
 * refund record are one compare-and-set write, so of two managers cancelling at once one wins
 * (stock back once, one refund) and the other is told the order changed. The units, the card
 * refund, the shopper's mail and the audit entry it owes go in that same write, so a crash
 * before they are done leaves them for the next start-up (finish-owed-effects.ts). A coupon
 * the order used gets its use back the same way, once: the order was never sent, so the use
 * was not spent on anything the shopper keeps.
 */
export async function cancelOrder(deps: RefundDeps, actor: Auditor, body: CancelOrderBody) {
  const order = await loadOrder(deps, body.orderId);
  const overall_status = nextStatusOnCancel(
    order.overall_status,
    order.cart.items.map((line) => line.order_line_level_processing_details?.status),
  );
  const refund = newRefund(
    order,
    'CANCELLATION',
    refundableCents(order),
    body.reason ?? '',
    actor,
    deps.now(),
  );
  const release = order.stockReleased
    ? []
    : restocksFor(order.cart.items.map((line) => ({ line, quantity: line.reservedStock })));
  const refundId = refund ? String(refund._id) : undefined;
  await saveOrderChange(deps, actor, order, 'cancelOrder', {
    overall_status,
    stockReleased: true,
    pendingRestocks: release,
    ...refundChange(order, refund),
    // The coupon first (a mail SendGrid refuses must not hold it up); then the card refund, so
    // the mail, written when sent, says whether the money went back.
    owed: [
      ...(order.coupon
        ? [
            owedCouponRelease(
              { couponId: String(order.coupon.id), customerId: String(order.user) },
              deps.now(),
            ),
          ]
        : []),
      ...(refund?.method === 'STRIPE' && refundId
        ? [owedCardRefund({ refundId, actor }, deps.now())]
        : []),
      owedMail({ mail: 'cancelled', ...(refundId ? { refundId } : {}) }, deps.now()),
    ],
  });
  await finishOrderRestocks(deps, order._id);
  await finishOrderEffects(deps, order._id);
  deps.ordersChanged();
  return orderDetail(deps, await loadOrder(deps, String(order._id)));
}
