import { errorCodes, moneyToMinor, type Auditor, type ReturnOrderLineBody } from '@aneis/contracts';
import type { StoredReturn } from '@aneis/data';
import { Conflict, NotFound, TransitionNotAllowed } from '@aneis/errors';
import { Types } from 'mongoose';
import type { RefundDeps } from './execute-refund.js';
import { finishOrderEffects } from './finish-owed-effects.js';
import { currencyOf } from './order-actions.js';
import type { LeanOrder } from './order-view.js';
import { loadOrder, orderDetail } from './read-orders.js';
import { owedCardRefund, owedMail } from './owed-effects.js';
import { newRefund, refundChange } from './refund-records.js';
import { refundableCents } from './refund-plan.js';
import { finishOrderRestocks, restocksFor } from './restock.js';
import { saveOrderChange } from './save-order-change.js';

/** Units of a line already returned. */
export function returnedUnits(order: Pick<LeanOrder, 'returns'>, lineId: Types.ObjectId): number {
  return (order.returns ?? [])
    .filter((entry) => entry.lineId.equals(lineId))
    .reduce((sum, entry) => sum + entry.quantity, 0);
}

/** What `body` gives back: the amount typed, or what the returned units cost (capped by what is left). */
function refundCentsFor(order: LeanOrder, body: ReturnOrderLineBody, worth: number): number {
  const left = refundableCents(order);
  if (body.refundAmount === undefined || body.refundAmount === '') return Math.min(worth, left);
  const asked = moneyToMinor({ amount: body.refundAmount, currency: currencyOf(order) }).cents;
  if (asked > left) {
    throw new Conflict(`At most ${(left / 100).toFixed(2)} of this order can still be refunded`, {
      code: errorCodes.refundExceedsPaid,
    });
  }
  return asked;
}

/**
 * Records units of a delivered line that came back: they go back into stock and what they cost
 * (or the amount the manager gives) is refunded. The return and the refund record are one
 * compare-and-set write on the order, so each unit comes back once even when two managers
 * record the same return at the same moment; what it owes (units, card refund, mail, audit)
 * is owed in that write and finished after it, or at the next start-up after a crash.
 */
export async function returnOrderLine(deps: RefundDeps, actor: Auditor, body: ReturnOrderLineBody) {
  const order = await loadOrder(deps, body.orderId);
  const line = order.cart.items.find((candidate) => String(candidate._id) === body.cartItemId);
  if (!line) throw new NotFound();
  if (line.order_line_level_processing_details?.status !== 'DELIVERED') {
    throw new TransitionNotAllowed('only delivered items can be returned', {
      code: errorCodes.returnNotDelivered,
    });
  }
  const left = line.counts - returnedUnits(order, line._id);
  if (body.quantity > left) {
    throw new Conflict(`Only ${left} unit(s) of this item can still be returned`, {
      code: errorCodes.returnQuantityExceeded,
    });
  }
  const now = deps.now();
  const entry: StoredReturn = {
    _id: new Types.ObjectId(),
    lineId: line._id,
    quantity: body.quantity,
    reason: body.reason,
    createdBy: actor,
    createdOn: now,
  };
  const worth = Math.round((line.aggregatedPrice.cents * body.quantity) / line.counts);
  const cents = refundCentsFor(order, body, worth);
  const refund = newRefund(order, 'RETURN', cents, body.reason, actor, now, entry._id);
  const refundId = refund ? String(refund._id) : undefined;
  await saveOrderChange(deps, actor, order, 'returnOrderLine', {
    returns: [...(order.returns ?? []), entry],
    pendingRestocks: restocksFor([{ line, quantity: body.quantity }]),
    ...refundChange(order, refund),
    // Card refund first: the mail, written when sent, then says whether the money went back.
    owed: [
      ...(refund?.method === 'STRIPE' && refundId
        ? [owedCardRefund({ refundId, actor }, now)]
        : []),
      owedMail(
        {
          mail: 'refunded',
          returned: { lineId: String(line._id), quantity: body.quantity },
          ...(refundId ? { refundId } : {}),
        },
        now,
      ),
    ],
  });
  await finishOrderRestocks(deps, order._id);
  await finishOrderEffects(deps, order._id);
  deps.ordersChanged();
  return orderDetail(deps, await loadOrder(deps, String(order._id)));
}
