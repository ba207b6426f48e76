import { Schema, type Types } from 'mongoose';
import { orderDocumentDefinition, type OrderDocumentFields } from './order-document.js';
import {
  refundSchema,
  returnSchema,
  type StoredRefund,
  type StoredReturn,
} from './order-refunds.js';

export const ORDER_COLLECTION = 'veniqa_orders';

export interface OrderDoc extends OrderDocumentFields {
  /** True once a cancellation gave the lines' `reservedStock` back (so it happens once). */
  stockReleased: boolean;
  /** The language the shopper used the shop in when ordering (`pt`, `en`): their order mails' language. */
  language?: string;
  /**
   * What people read and say (`AN-2026-000123`): given when the order is placed, backfilled for
   * older orders. `_id` stays the API's identifier.
   */
  orderNumber?: string;
  /** Money given back, with why, how, who and when (absent on orders that never had any). */
  refunds?: StoredRefund[];
  /** Delivered units that came back (absent on orders that never had any). */
  returns?: StoredReturn[];
  /**
   * Units a cancellation or return still has to put back, written in the same compare-and-set
   * as the change itself and removed once each is in stock; a start-up finishes what a crash
   * left here. Not selected by default: no view shows it.
   */
  pendingRestocks?: PendingRestock[];
  /**
   * What a change still owes outside the order (its audit entry, the shopper's mail, a card
   * refund at Stripe, a coupon use given back), written in the same compare-and-set as the change and removed once done,
   * so a crash in between leaves it for the next start-up. Not selected by default.
   */
  pendingEffects?: PendingEffect[];
  /**
   * Which sweeping instance is finishing `pendingEffects` now, and until when at most: two
   * instances sweeping at once would otherwise both send the same mail through SendGrid, which
   * has no idempotency key. Not selected by default.
   */
  effectsClaim?: EffectsClaim;
}

/** One instance's claim on finishing an order's owed effects; it lapses at `until`. */
export interface EffectsClaim {
  token: string;
  until: Date;
}

/**
 * One owed side effect. `key` (an ObjectId's hex) makes finishing it idempotent: the audit
 * entry's `_id`, the mail's outbox key. `detail` is what the effect needs, as plain data.
 */
export interface PendingEffect {
  key: string;
  kind: 'audit' | 'mail' | 'cardRefund' | 'couponRelease';
  at: Date;
  detail: Record<string, unknown>;
}

/** One put-back of units still owed to a product: `key` makes applying it idempotent. */
export interface PendingRestock {
  key: string;
  productId: Types.ObjectId;
  variantKey?: string;
  units: number;
}

const pendingRestockSchema = new Schema<PendingRestock>(
  {
    key: { type: String, required: true },
    productId: { type: Schema.Types.ObjectId, required: true },
    variantKey: { type: String },
    units: { type: Number, required: true, min: 1 },
  },
  { _id: false },
);

const pendingEffectSchema = new Schema<PendingEffect>(
  {
    key: { type: String, required: true },
    kind: { type: String, required: true, enum: ['audit', 'mail', 'cardRefund', 'couponRelease'] },
    at: { type: Date, required: true },
    detail: { type: Schema.Types.Mixed, default: {} },
  },
  { _id: false, minimize: false },
);

const effectsClaimSchema = new Schema<EffectsClaim>(
  { token: { type: String, required: true }, until: { type: Date, required: true } },
  { _id: false },
);

export const orderSchema = new Schema<OrderDoc>(
  {
    ...orderDocumentDefinition,
    stockReleased: { type: Boolean, default: false },
    language: { type: String },
    orderNumber: { type: String },
    refunds: { type: [refundSchema], default: undefined },
    returns: { type: [returnSchema], default: undefined },
    pendingRestocks: { type: [pendingRestockSchema], default: undefined, select: false },
    pendingEffects: { type: [pendingEffectSchema], default: undefined, select: false },
    effectsClaim: { type: effectsClaimSchema, default: undefined, select: false },
  },
  { collection: ORDER_COLLECTION },
);
orderSchema.index({ user_email: 1, 'auditLog.createdOn': -1 });
// Admins look orders up by number; the counter already makes numbers unique, the index says so.
orderSchema.index({ orderNumber: 1 }, { unique: true, sparse: true });
orderSchema.index({ overall_status: 1, 'auditLog.createdOn': -1 });
// The image sweeper re-reads what changed since its start before each deletion.
orderSchema.index({ 'auditLog.updatedOn': -1 });
