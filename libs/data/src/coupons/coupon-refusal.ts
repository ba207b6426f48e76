import type { CouponDoc } from '../models/coupon.js';

/**
 * Why a coupon cannot be used for an order. Stable words the servers map to error codes;
 * an inactive coupon reads as unknown, so a withdrawn code tells a shopper nothing more.
 */
export const COUPON_REFUSALS = [
  'UNKNOWN',
  'NOT_YET_VALID',
  'EXPIRED',
  'BELOW_MINIMUM',
  'USED_UP',
  'CUSTOMER_LIMIT',
] as const;
export type CouponRefusal = (typeof COUPON_REFUSALS)[number];

export interface CouponUseContext {
  now: Date;
  /** The order's subtotal in base-currency cents, what the minimum is compared with. */
  subTotalCents: number;
  /** Orders this customer already placed with the coupon. */
  customerUses: number;
}

/** The first rule `coupon` breaks for this order, or null when it may be used. */
export function couponRefusal(
  coupon: CouponDoc | null,
  context: CouponUseContext,
): CouponRefusal | null {
  if (!coupon?.active) return 'UNKNOWN';
  if (coupon.validFrom && context.now < coupon.validFrom) return 'NOT_YET_VALID';
  if (coupon.validUntil && context.now >= coupon.validUntil) return 'EXPIRED';
  if (context.subTotalCents < coupon.minimumOrderCents) return 'BELOW_MINIMUM';
  if (coupon.usageLimit !== null && coupon.timesUsed >= coupon.usageLimit) return 'USED_UP';
  if (coupon.perCustomerLimit !== null && context.customerUses >= coupon.perCustomerLimit) {
    return 'CUSTOMER_LIMIT';
  }
  return null;
}
