import type { Auditor } from '@aneis/contracts';
import type { StoredRefund } from '@aneis/data';
import { Types } from 'mongoose';
import type { LeanOrder } from './order-view.js';
import { paidEntryOf, paymentAfterRefund, refundMethodOf } from './refund-plan.js';

/**
 * A new refund of `cents` for `order`. A manual one (bank transfer / cash on delivery: the shop
 * transfers the money itself) is settled as it is recorded; a card one waits for Stripe.
 */
export function newRefund(
  order: LeanOrder,
  cause: StoredRefund['cause'],
  cents: number,
  reason: string,
  actor: Auditor,
  now: Date,
  returnId?: Types.ObjectId,
): StoredRefund | undefined {
  const entry = paidEntryOf(order);
  if (!entry || cents <= 0) return undefined;
  const method = refundMethodOf(entry);
  return {
    _id: new Types.ObjectId(),
    cause,
    ...(returnId ? { returnId } : {}),
    amount: { cents, currency: entry.amount_in_usd.currency },
    reason,
    method,
    status: method === 'STRIPE' ? 'PENDING' : 'SUCCEEDED',
    createdBy: actor,
    createdOn: now,
    ...(method === 'STRIPE' ? {} : { settledOn: now }),
  };
}

/** The order fields a recorded refund changes (the payment list too when it is already settled). */
export function refundChange(order: LeanOrder, refund: StoredRefund | undefined) {
  if (!refund) return {};
  const refunds = [...(order.refunds ?? []), refund];
  return refund.status === 'SUCCEEDED'
    ? { refunds, ...paymentAfterRefund(order, refund) }
    : { refunds };
}

/** The refund as the mails tell it, once the money really went back. */
export function mailableRefund(order: LeanOrder, refundId: Types.ObjectId | undefined) {
  if (refundId === undefined) return undefined;
  const refund = order.refunds?.find((candidate) => candidate._id.equals(refundId));
  if (!refund || refund.status !== 'SUCCEEDED') return undefined;
  return {
    amount: refund.amount,
    method: refund.method,
    ...(refund.reason ? { reason: refund.reason } : {}),
  };
}
