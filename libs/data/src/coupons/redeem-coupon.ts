import type { Model, Types } from 'mongoose';
import {
  couponIdForCode,
  couponUseId,
  type CouponDoc,
  type CouponUseDoc,
} from '../models/coupon.js';
import { isDuplicateKeyError } from '../email-claims/duplicate-key-error.js';
import { couponRefusal, type CouponRefusal } from './coupon-refusal.js';

export interface CouponModels {
  Coupon: Model<CouponDoc>;
  CouponUse: Model<CouponUseDoc>;
}

export interface RedeemRequest {
  code: string;
  customer: Types.ObjectId;
  subTotalCents: number;
  now: Date;
}

export type Redemption =
  { redeemed: true; coupon: CouponDoc } | { redeemed: false; refusal: CouponRefusal };

/** Rereads after a lost race: an edit of the limit while we raced may let us try again. */
const MAX_ATTEMPTS = 3;

/** How many orders `customer` placed with the coupon of `code` (0 for an unknown code). */
export async function customerCouponUses(
  models: CouponModels,
  code: string,
  customer: Types.ObjectId,
): Promise<number> {
  const use = await models.CouponUse.findById(couponUseId(couponIdForCode(code), customer)).lean();
  return use?.count ?? 0;
}

/**
 * Spends one use of a coupon for one order, or says why not. Both limits are conditional
 * increments that the database applies atomically (`timesUsed < usageLimit`, and per customer
 * `count < perCustomerLimit`, the first use being an insert under an `_id` derived from the
 * pair), so any number of concurrent orders on any number of processes never spend more uses
 * than allowed. A use that is spent must be given back with `giveBackCoupon` if the order is
 * then not placed.
 */
export async function redeemCoupon(
  models: CouponModels,
  request: RedeemRequest,
): Promise<Redemption> {
  const couponId = couponIdForCode(request.code);
  let coupon = await models.Coupon.findById(couponId).lean();
  const customerUses = await customerCouponUses(models, request.code, request.customer);
  const refusal = couponRefusal(coupon, { ...request, customerUses });
  if (refusal || !coupon) return { redeemed: false, refusal: refusal ?? 'UNKNOWN' };

  if (!(await takeCustomerUse(models, coupon, request.customer))) {
    return { redeemed: false, refusal: 'CUSTOMER_LIMIT' };
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const limit = coupon.usageLimit;
    const spent = await models.Coupon.findOneAndUpdate(
      {
        _id: couponId,
        active: true,
        usageLimit: limit,
        ...(limit === null ? {} : { timesUsed: { $lt: limit } }),
      },
      { $inc: { timesUsed: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (spent) return { redeemed: true, coupon: spent };
    coupon = await models.Coupon.findById(couponId).lean();
    // The customer's use is already held, so it is not counted against them here.
    const now = couponRefusal(coupon, { ...request, customerUses: 0 });
    if (now || !coupon) {
      await giveBackCustomerUse(models, couponId, request.customer);
      return { redeemed: false, refusal: now ?? 'UNKNOWN' };
    }
  }
  await giveBackCustomerUse(models, couponId, request.customer);
  return { redeemed: false, refusal: 'USED_UP' };
}

/**
 * How many give-back keys a coupon (and a customer's use count) remembers: a repeat comes from
 * a retry soon after, long before this many later cancellations of the same coupon.
 */
const REMEMBERED_RELEASES = 200;

/** The filter and update parts that make a give-back happen once per key. */
function onceOnly(key: string | undefined) {
  if (key === undefined) return { filter: {}, push: {} };
  return {
    filter: { releasesApplied: { $ne: key } },
    push: { $push: { releasesApplied: { $each: [key], $slice: -REMEMBERED_RELEASES } } },
  };
}

/**
 * Returns a use spent by `redeemCoupon`: the order it was for was not placed, or was cancelled
 * before it shipped. Never takes a count below zero. With `releaseKey` (a cancellation's owed
 * effect) each count is lowered once per key, whoever repeats it: each update skips a document
 * that already lists the key and lists it in the same write.
 */
export async function giveBackCoupon(
  models: CouponModels,
  couponId: Types.ObjectId,
  customer: Types.ObjectId,
  releaseKey?: string,
): Promise<void> {
  const once = onceOnly(releaseKey);
  await models.Coupon.updateOne(
    { _id: couponId, timesUsed: { $gt: 0 }, ...once.filter },
    { $inc: { timesUsed: -1 }, ...once.push },
  );
  await giveBackCustomerUse(models, couponId, customer, releaseKey);
}

async function takeCustomerUse(
  models: CouponModels,
  coupon: CouponDoc,
  customer: Types.ObjectId,
): Promise<boolean> {
  const _id = couponUseId(coupon._id, customer);
  try {
    await models.CouponUse.create({ _id, coupon: coupon._id, customer, count: 1 });
    return true;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const limit = coupon.perCustomerLimit;
  const taken = await models.CouponUse.updateOne(
    { _id, ...(limit === null ? {} : { count: { $lt: limit } }) },
    { $inc: { count: 1 } },
  );
  return taken.modifiedCount === 1;
}

async function giveBackCustomerUse(
  models: CouponModels,
  couponId: Types.ObjectId,
  customer: Types.ObjectId,
  releaseKey?: string,
): Promise<void> {
  const once = onceOnly(releaseKey);
  await models.CouponUse.updateOne(
    { _id: couponUseId(couponId, customer), count: { $gt: 0 }, ...once.filter },
    { $inc: { count: -1 }, ...once.push },
  );
}
