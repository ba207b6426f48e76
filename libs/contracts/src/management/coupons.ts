import { z } from 'zod';
import { dateInputSchema } from '../common/dates.js';
import { couponCodeSchema, couponKindSchema } from '../model/coupon.js';

/** Cents, as whole numbers: at most ten million euros, far above any ring. */
const cents = z.int('must be a whole number of cents').min(0, 'must not be negative').max(1e9);
const limit = z.int('must be a whole number').min(1, 'must be at least 1').max(1_000_000);
/** Percent kept to 0.01, or cents: the kind decides, checked where both are known. */
const value = z.number('must be a number').positive('must be more than 0').max(1e9);

/**
 * Requests of the coupon routes. A coupon is identified by its code, which orders store, so the
 * code cannot change; `null` clears a window bound or a limit. Deactivating is `active: false`
 * (orders keep naming the code, so coupons are never deleted).
 */
export const couponBodySchema = z.object({
  code: couponCodeSchema,
  kind: couponKindSchema,
  value,
  minimumOrderCents: cents.default(0),
  validFrom: dateInputSchema.nullable().default(null),
  validUntil: dateInputSchema.nullable().default(null),
  usageLimit: limit.nullable().default(null),
  perCustomerLimit: limit.nullable().default(null),
  active: z.boolean().default(true),
});
export type CouponBody = z.output<typeof couponBodySchema>;
export type CouponBodyInput = z.input<typeof couponBodySchema>;

export const updateCouponBodySchema = z.object({
  code: couponCodeSchema,
  kind: couponKindSchema.optional(),
  value: value.optional(),
  minimumOrderCents: cents.optional(),
  validFrom: dateInputSchema.nullable().optional(),
  validUntil: dateInputSchema.nullable().optional(),
  usageLimit: limit.nullable().optional(),
  perCustomerLimit: limit.nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateCouponBody = z.output<typeof updateCouponBodySchema>;
