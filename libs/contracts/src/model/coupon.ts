import { z } from 'zod';
import { isoDateTimeSchema } from '../common/dates.js';

/** Letters, digits, `-`, `_`; case does not matter (stored and compared upper-case). */
export const couponCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[A-Z0-9][A-Z0-9_-]{2,31}$/,
    'must be 3-32 letters, digits, - or _, starting with a letter or digit',
  );

export const couponKinds = ['PERCENTAGE', 'FIXED_AMOUNT'] as const;
export const couponKindSchema = z.enum(couponKinds);
export type CouponKind = z.output<typeof couponKindSchema>;

/** A coupon as the management server sends it. Amounts are base-currency cents. */
export const couponSchema = z.object({
  code: couponCodeSchema,
  kind: couponKindSchema,
  /** Percent off (0.01–100) for PERCENTAGE; cents off for FIXED_AMOUNT. */
  value: z.number(),
  minimumOrderCents: z.int(),
  validFrom: isoDateTimeSchema.nullable(),
  validUntil: isoDateTimeSchema.nullable(),
  usageLimit: z.int().nullable(),
  perCustomerLimit: z.int().nullable(),
  active: z.boolean(),
  timesUsed: z.int(),
});
export type Coupon = z.output<typeof couponSchema>;
