import type { Auditor, CancelOrderBody } from '@aneis/contracts';
import { executeStripeRefund, type RefundDeps } from './execute-refund.js';
import { sendOrderStatusMail } from './order-status-mail.js';
import { loadOrder, orderDetail } from './read-orders.js';
import { mailableRefund, newRefund, refundChange } from './refund-records.js';
import { refundableCents } from './refund-plan.js';
import { finishOrderRestocks, restocksFor } from './restock.js';
import { saveOrderChange } from './save-order-change.js';
import { nextStatusOnCancel } from './state-machine.js';

/**
 * Cancels an order that has not shipped: the lines' reserved stock goes back and what was paid
 * is refunded (by transfer, recorded at once; by card, through Stripe). Status, stock flag and
 * refund record are one compare-and-set write, so of two managers cancelling at once one wins
 * (stock back once, one refund) and the other is told the order changed. The units owed go in
 * that same write, so a crash before they reach stock leaves them for the next start-up.
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
  let saved = await saveOrderChange(deps, actor, order, 'cancelOrder', {
    overall_status,
    stockReleased: true,
    pendingRestocks: release,
    ...refundChange(order, refund),
  });
  await finishOrderRestocks(deps, order._id);
  if (refund?.method === 'STRIPE')
    saved = await executeStripeRefund(deps, actor, saved, refund._id);
  deps.ordersChanged();
  await sendOrderStatusMail(
    deps,
    saved,
    'cancelled',
    undefined,
    mailableRefund(saved, refund?._id),
  );
  return orderDetail(deps, saved);
}
