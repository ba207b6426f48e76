import type { Auditor, CancelOrderBody } from '@aneis/contracts';
import { executeStripeRefund, type RefundDeps } from './execute-refund.js';
import { sendOrderStatusMail } from './order-status-mail.js';
import { loadOrder, orderDetail } from './read-orders.js';
import { mailableRefund, newRefund, refundChange } from './refund-records.js';
import { refundableCents } from './refund-plan.js';
import { putBackInStock } from './restock.js';
import { saveOrderChange } from './save-order-change.js';
import { nextStatusOnCancel } from './state-machine.js';

/**
 * Cancels an order that has not shipped: the lines' reserved stock goes back and what was paid
 * is refunded (by transfer, recorded at once; by card, through Stripe). Status, stock flag and
 * refund record are one compare-and-set write, so of two managers cancelling at once one wins
 * (stock back once, one refund) and the other is told the order changed.
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
  const release = !order.stockReleased;
  let saved = await saveOrderChange(deps, actor, order, 'cancelOrder', {
    overall_status,
    stockReleased: true,
    ...refundChange(order, refund),
  });
  if (release) {
    await putBackInStock(
      deps,
      order.cart.items.map((line) => ({ line, quantity: line.reservedStock })),
    );
  }
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
