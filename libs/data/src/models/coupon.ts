import { createHash } from 'node:crypto';
import { Schema, Types } from 'mongoose';

export const COUPON_COLLECTION = 'coupons';
export const COUPON_USE_COLLECTION = 'coupon_uses';

/** A percentage off the subtotal, or a fixed amount off it (never more than the subtotal). */
export const COUPON_KINDS = ['PERCENTAGE', 'FIXED_AMOUNT'] as const;
export type CouponKind = (typeof COUPON_KINDS)[number];

/** Letters, digits, `-` and `_`, 3 to 32 long, stored upper-case: codes are case-insensitive. */
export const COUPON_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{2,31}$/;

/** The code as stored and looked up: what a shopper types, in any case and spacing. */
export function normaliseCouponCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * A coupon's `_id`, derived from its normalised code (first 12 bytes of SHA-256, as e-mail
 * claims do): two coupons with one code collide on `_id`, which every engine refuses, the
 * embedded one included (it ignores other unique indexes). So the code never changes.
 */
export function couponIdForCode(code: string): Types.ObjectId {
  const digest = createHash('sha256')
    .update(`coupon:${normaliseCouponCode(code)}`)
    .digest();
  return new Types.ObjectId(digest.subarray(0, 12));
}

/** A discount code the shop hands out. */
export interface CouponDoc {
  _id: Types.ObjectId;
  code: string;
  kind: CouponKind;
  /** Percent off (0.01–100) for PERCENTAGE; cents off for FIXED_AMOUNT. */
  value: number;
  /** The cart's subtotal must be at least this (base currency cents); 0 means any order. */
  minimumOrderCents: number;
  /** Valid from this instant (inclusive); null means at once. */
  validFrom: Date | null;
  /** Valid until this instant (exclusive); null means no end. */
  validUntil: Date | null;
  /** How many orders may use it in all; null means no limit. */
  usageLimit: number | null;
  /** How many orders one customer may place with it; null means no limit. */
  perCustomerLimit: number | null;
  active: boolean;
  /** Orders that used it: raised atomically when an order is placed, lowered if it is not. */
  timesUsed: number;
  /** Keys of cancellations' give-backs already applied (see `giveBackCoupon`); not selected. */
  releasesApplied?: string[];
  createdAt: Date;
  updatedAt: Date;
}

export const couponSchema = new Schema<CouponDoc>(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    code: { type: String, required: true, match: COUPON_CODE_PATTERN },
    kind: { type: String, required: true, enum: COUPON_KINDS },
    value: { type: Number, required: true, min: 0 },
    minimumOrderCents: { type: Number, required: true, min: 0, default: 0 },
    validFrom: { type: Date, default: null },
    validUntil: { type: Date, default: null },
    usageLimit: { type: Number, default: null, min: 1 },
    perCustomerLimit: { type: Number, default: null, min: 1 },
    active: { type: Boolean, required: true, default: true },
    timesUsed: { type: Number, required: true, default: 0, min: 0 },
    releasesApplied: { type: [String], default: undefined, select: false },
  },
  { collection: COUPON_COLLECTION, versionKey: false, timestamps: true },
);

/**
 * How many orders one customer placed with one coupon. Its `_id` is derived from both ids, so
 * the first use of a pair is an insert that only one concurrent request wins (see
 * `redeemCoupon`), on every engine.
 */
export interface CouponUseDoc {
  _id: Types.ObjectId;
  coupon: Types.ObjectId;
  customer: Types.ObjectId;
  count: number;
  /** Keys of give-backs already applied (see `giveBackCoupon`); not selected. */
  releasesApplied?: string[];
}

export function couponUseId(coupon: Types.ObjectId, customer: Types.ObjectId): Types.ObjectId {
  const digest = createHash('sha256').update(`coupon-use:${String(coupon)}:${String(customer)}`);
  return new Types.ObjectId(digest.digest().subarray(0, 12));
}

export const couponUseSchema = new Schema<CouponUseDoc>(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    coupon: { type: Schema.Types.ObjectId, required: true },
    customer: { type: Schema.Types.ObjectId, required: true },
    count: { type: Number, required: true, min: 0 },
    releasesApplied: { type: [String], default: undefined, select: false },
  },
  { collection: COUPON_USE_COLLECTION, versionKey: false },
);
