import { errorCodes, type Auditor, type RetryRefundBody } from '@aneis/contracts';
import { Conflict, NotFound, ServiceUnavailable } from '@aneis/errors';
import { askStripe, assertCanRefund, type RefundDeps } from './execute-refund.js';
import { finishOrderEffects } from './finish-owed-effects.js';
import { loadOrder, orderDetail } from './read-orders.js';
import { mailableRefund } from './refund-records.js';

/**
 * A manager asks again for a card refund Stripe refused or never confirmed. The same key goes
 * to Stripe, so a refund Stripe did make before (an answer lost on the way) is not made twice.
 */
export async function retryRefund(deps: RefundDeps, actor: Auditor, body: RetryRefundBody) {
  const order = await loadOrder(deps, body.orderId);
  const refund = order.refunds?.find((candidate) => String(candidate._id) === body.refundId);
  if (!refund) throw new NotFound();
  if (refund.method !== 'STRIPE' || refund.status === 'SUCCEEDED') {
    throw new Conflict('Only a card refund that has not gone through can be asked again', {
      code: errorCodes.refundNotRetryable,
    });
  }
  assertCanRefund(deps, refund);
  // Of two retries at once, only the one that records Stripe's answer owes the shopper a mail;
  // none when the cancellation's or return's own mail, still owed, will tell of this refund.
  const owed = await deps.shop.Order.findOne({ _id: order._id }).select('pendingEffects').lean();
  const toldAlready = (owed?.pendingEffects ?? []).some(
    (effect) => effect.kind === 'mail' && effect.detail['refundId'] === body.refundId,
  );
  await askStripe(deps, actor, order, refund._id, !toldAlready);
  await finishOrderEffects(deps, order._id);
  deps.ordersChanged();
  const saved = await loadOrder(deps, body.orderId);
  if (!mailableRefund(saved, refund._id)) {
    throw new ServiceUnavailable('Stripe did not make the refund; try again later', {
      code: errorCodes.refundProviderFailed,
    });
  }
  return orderDetail(deps, saved);
}
