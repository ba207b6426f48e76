import { Schema, type Types } from 'mongoose';
import type { StoredAuditor } from './audit-log-schema.js';
import { moneySchema, type StoredMoney } from './money-schema.js';

/** Why money went back: the whole order was cancelled, or some units came back after delivery. */
export const REFUND_CAUSES = ['CANCELLATION', 'RETURN'] as const;
/**
 * How it went back: through Stripe (card payments), or by a bank transfer the shop makes by hand
 * (bank-transfer and cash-on-delivery orders: there is no provider to ask).
 */
export const REFUND_METHODS = ['STRIPE', 'BANK_TRANSFER'] as const;
/**
 * A Stripe refund is PENDING from the moment the order change is written until Stripe answers;
 * FAILED keeps Stripe's refusal so a manager can retry (with the same idempotency key, so a
 * refund Stripe did execute is never executed twice). A manual refund is SUCCEEDED at once.
 */
export const REFUND_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
/** Why a FAILED refund failed: card refunds off (no Stripe key), or Stripe refused it. */
export const REFUND_FAILURE_CODES = ['CARD_REFUNDS_OFF', 'PROVIDER_REFUSED'] as const;

export interface StoredRefund {
  _id: Types.ObjectId;
  cause: (typeof REFUND_CAUSES)[number];
  /** The return it pays back (cause RETURN). */
  returnId?: Types.ObjectId;
  /** In the shop's base currency, like `amount_in_usd`. */
  amount: StoredMoney;
  reason: string;
  method: (typeof REFUND_METHODS)[number];
  status: (typeof REFUND_STATUSES)[number];
  /** Stripe's refund id once executed. */
  providerRefundId?: string;
  /** Stripe's last refusal, for the manager. */
  failure?: string;
  /** The kind of failure, which the admin UI words in the manager's language. */
  failureCode?: (typeof REFUND_FAILURE_CODES)[number];
  createdBy: StoredAuditor;
  createdOn: Date;
  settledOn?: Date;
}

/** Units of one delivered line that came back. */
export interface StoredReturn {
  _id: Types.ObjectId;
  lineId: Types.ObjectId;
  quantity: number;
  reason: string;
  createdBy: StoredAuditor;
  createdOn: Date;
}

const auditorValue = {
  email: { type: String, required: true, lowercase: true, trim: true },
  name: { type: String, required: true },
};

export const refundSchema = new Schema<StoredRefund>({
  cause: { type: String, required: true, enum: REFUND_CAUSES },
  returnId: { type: Schema.Types.ObjectId },
  amount: { type: moneySchema, required: true },
  // A cancellation needs no reason; a return always has one.
  reason: { type: String, default: '' },
  method: { type: String, required: true, enum: REFUND_METHODS },
  status: { type: String, required: true, enum: REFUND_STATUSES },
  providerRefundId: { type: String },
  failure: { type: String },
  failureCode: { type: String, enum: REFUND_FAILURE_CODES },
  createdBy: { type: new Schema(auditorValue, { _id: false }), required: true },
  createdOn: { type: Date, required: true },
  settledOn: { type: Date },
});

export const returnSchema = new Schema<StoredReturn>({
  lineId: { type: Schema.Types.ObjectId, required: true },
  quantity: { type: Number, required: true, min: 1 },
  reason: { type: String, required: true },
  createdBy: { type: new Schema(auditorValue, { _id: false }), required: true },
  createdOn: { type: Date, required: true },
});
