import { giveBackCoupon, type PendingEffect } from '@aneis/data';
import { Types } from 'mongoose';
import type { OwedAuditEntry } from '../audit/audit-log.js';
import { askStripe, type RefundDeps } from './execute-refund.js';
import { sendOrderStatusMail } from './order-status-mail.js';
import type { OwedCardRefund, OwedCouponRelease, OwedMail } from './owed-effects.js';
import { claimOwedEffects, releaseOwedEffects } from './effects-claim.js';
import { crossOff } from './owed-audit.js';
import { loadOrder } from './read-orders.js';
import { sendRefundMail } from './refund-mails.js';
import { mailableRefund } from './refund-records.js';

/**
 * Does one effect; each is safe to do again (keyed audit `_id`, keyed mail, Stripe's key, the
 * coupon's list of give-backs applied).
 */
async function finish(deps: RefundDeps, orderId: Types.ObjectId, effect: PendingEffect) {
  if (effect.kind === 'audit') {
    await deps.audit.recordOnce(effect.key, effect.at, effect.detail as unknown as OwedAuditEntry);
    return;
  }
  if (effect.kind === 'couponRelease') {
    const { couponId, customerId } = effect.detail as unknown as OwedCouponRelease;
    await giveBackCoupon(
      deps.shop,
      new Types.ObjectId(couponId),
      new Types.ObjectId(customerId),
      effect.key,
    );
    return;
  }
  const order = await loadOrder(deps, String(orderId));
  if (effect.kind === 'cardRefund') {
    const { refundId, actor } = effect.detail as unknown as OwedCardRefund;
    const refund = order.refunds?.find((candidate) => String(candidate._id) === refundId);
    // FAILED is Stripe's answer, for a manager to retry; only an unasked refund is asked here.
    if (refund?.status === 'PENDING') await askStripe(deps, actor, order, refund._id);
    return;
  }
  const mail = effect.detail as unknown as OwedMail;
  const once = { key: `order-${String(orderId)}-${effect.key}`, at: effect.at };
  const refundId = mail.refundId === undefined ? undefined : new Types.ObjectId(mail.refundId);
  const refund = mailableRefund(order, refundId);
  const sent =
    mail.mail === 'cancelled'
      ? await sendOrderStatusMail(deps, order, 'cancelled', undefined, refund, once)
      : await sendRefundMail(
          deps,
          order,
          { ...(mail.returned ? { returned: mail.returned } : {}), ...(refund ? { refund } : {}) },
          once,
        );
  // The sender logged why; the mail stays owed for the next start-up.
  if (!sent) throw new Error(`${mail.mail} mail not sent`);
}

/**
 * Finishes what an order's changes still owe, in the order they were owed (a card refund
 * before the mail that tells whether the money went back). Stops at the first failure, which
 * stays owed with what follows it, and logs it: the caller's change already stands.
 * Returns how many were finished.
 */
export async function finishOrderEffects(
  deps: RefundDeps,
  orderId: Types.ObjectId | string,
  owedBefore?: Date,
): Promise<number> {
  const id = new Types.ObjectId(String(orderId));
  const stored = await deps.shop.Order.findOne({ _id: id }).select('pendingEffects').lean();
  let finished = 0;
  for (const effect of stored?.pendingEffects ?? []) {
    // A younger effect (and what follows it) is still its own request's to finish.
    if (owedBefore && effect.at >= owedBefore) break;
    try {
      await finish(deps, id, effect);
      await crossOff(deps, id, effect.key);
      finished += 1;
    } catch (error) {
      deps.logger.error('order effect left owed', {
        orderId: String(id),
        kind: effect.kind,
        error: error instanceof Error ? error.message : String(error),
      });
      break;
    }
  }
  return finished;
}

export interface FinishAllOptions {
  /** Only effects owed before then; younger ones are still their request's to finish. */
  owedBefore?: Date;
  /**
   * Skip orders another sweeping instance is finishing (see effects-claim.ts). Start-up does
   * not ask for it: a claim held by the instance that just died must not hold up recovery.
   */
  exclusive?: boolean;
}

/**
 * Finishes what a crash or a failure left owed on any order. Safe on every start, twice, and on
 * several instances at once (each effect is keyed; with `exclusive`, each order is finished by
 * one instance at a time, so even a mail SendGrid cannot deduplicate goes once).
 */
export async function finishAllOrderEffects(
  deps: RefundDeps,
  options: FinishAllOptions = {},
): Promise<number> {
  const { owedBefore, exclusive } = options;
  const orders = await deps.shop.Order.find(
    owedBefore
      ? { 'pendingEffects.at': { $lt: owedBefore } }
      : { 'pendingEffects.key': { $exists: true } },
  )
    .select('_id')
    .lean();
  let finished = 0;
  for (const order of orders) {
    if (!exclusive) {
      finished += await finishOrderEffects(deps, order._id, owedBefore);
      continue;
    }
    const token = await claimOwedEffects(deps, order._id);
    if (token === undefined) continue;
    try {
      finished += await finishOrderEffects(deps, order._id, owedBefore);
    } finally {
      await releaseOwedEffects(deps, order._id, token);
    }
  }
  return finished;
}
