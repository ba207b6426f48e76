import type { Auditor } from '@aneis/contracts';
import type { PendingEffect } from '@aneis/data';
import { Types } from 'mongoose';
import type { OwedAuditEntry } from '../audit/audit-log.js';

/**
 * The shopper's mail an order change owes. What it says about money is read when it is sent
 * (after the card refund is settled), so a mail finished at start-up tells the same as one
 * sent at once.
 */
export type OwedMail =
  | { mail: 'cancelled'; refundId?: string }
  | { mail: 'refunded'; refundId?: string; returned?: { lineId: string; quantity: number } };

/** A card refund still to be asked of Stripe, on behalf of the manager who made it. */
export interface OwedCardRefund {
  refundId: string;
  actor: Auditor;
}

/** A coupon use a cancelled order gives back, to the coupon and to the shopper's count. */
export interface OwedCouponRelease {
  couponId: string;
  customerId: string;
}

function owed(kind: PendingEffect['kind'], at: Date, detail: object): PendingEffect {
  return { key: new Types.ObjectId().toHexString(), kind, at, detail: { ...detail } };
}

export const owedAudit = (entry: OwedAuditEntry, at: Date) => owed('audit', at, entry);
export const owedMail = (mail: OwedMail, at: Date) => owed('mail', at, mail);
export const owedCardRefund = (refund: OwedCardRefund, at: Date) => owed('cardRefund', at, refund);
export const owedCouponRelease = (release: OwedCouponRelease, at: Date) =>
  owed('couponRelease', at, release);
