import { errorCodes } from '@aneis/contracts';
import {
  couponIdForCode,
  couponRefusal,
  customerCouponUses,
  type CouponDoc,
  type CouponRefusal,
  type CustomerDoc,
  type ShopModels,
} from '@aneis/data';
import { BadInput, Conflict, type AppError } from '@aneis/errors';

/** Per refusal: its stable code and the English sentence the envelope carries. */
const REFUSALS: Record<CouponRefusal, { code: string; message: string; limitReached: boolean }> = {
  UNKNOWN: {
    code: errorCodes.couponUnknown,
    message: 'This discount code does not exist or is no longer valid',
    limitReached: false,
  },
  NOT_YET_VALID: {
    code: errorCodes.couponNotYetValid,
    message: 'This discount code is not valid yet',
    limitReached: false,
  },
  EXPIRED: {
    code: errorCodes.couponExpired,
    message: 'This discount code has expired',
    limitReached: false,
  },
  BELOW_MINIMUM: {
    code: errorCodes.couponBelowMinimum,
    message: 'The order is below the minimum of this discount code',
    limitReached: false,
  },
  USED_UP: {
    code: errorCodes.couponUsedUp,
    message: 'This discount code has been used the maximum number of times',
    limitReached: true,
  },
  CUSTOMER_LIMIT: {
    code: errorCodes.couponCustomerLimit,
    message: 'You have already used this discount code the maximum number of times',
    limitReached: true,
  },
};

/**
 * The failure a refused coupon answers with: 409 when a usage limit is reached (the request was
 * fine, the coupon's state refuses it), 400 for every other rule. The field is named, so forms
 * show it next to the code.
 */
export function couponRefused(refusal: CouponRefusal): AppError {
  const { code, message, limitReached } = REFUSALS[refusal];
  const options = { code, fields: [{ path: 'couponCode', code: 'invalid_value' }] };
  return limitReached ? new Conflict(message, options) : new BadInput(message, options);
}

/** The coupon of a typed code, or null when no such coupon exists. */
export async function findCoupon(models: ShopModels, code: string): Promise<CouponDoc | null> {
  return models.Coupon.findById(couponIdForCode(code)).lean();
}

/**
 * Throws when `coupon` may not be used by `customer` for an order of `subTotalCents` now.
 * Only a check: the use itself is spent when the order is placed (see placeOrder).
 */
export async function assertCouponUsable(
  models: ShopModels,
  coupon: CouponDoc | null,
  customer: CustomerDoc,
  subTotalCents: number,
  now: Date,
): Promise<void> {
  const customerUses = coupon ? await customerCouponUses(models, coupon.code, customer._id) : 0;
  const refusal = couponRefusal(coupon, { now, subTotalCents, customerUses });
  if (refusal) throw couponRefused(refusal);
}
