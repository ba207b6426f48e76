import {
  shopValidityBound,
  type Auditor,
  type Coupon,
  type CouponBody,
  type UpdateCouponBody,
} from '@aneis/contracts';
import { couponIdForCode, isDuplicateKeyError, type CouponDoc } from '@aneis/data';
import { BadInput, Conflict, NotFound } from '@aneis/errors';
import type { Services } from '../services.js';

type Deps = Pick<Services, 'shop' | 'audit'>;

type CouponTermsFields = Pick<CouponDoc, 'kind' | 'value' | 'validFrom' | 'validUntil'>;

export function couponView(coupon: CouponDoc): Coupon {
  return {
    code: coupon.code,
    kind: coupon.kind,
    value: coupon.value,
    minimumOrderCents: coupon.minimumOrderCents,
    validFrom: coupon.validFrom?.toISOString() ?? null,
    validUntil: coupon.validUntil?.toISOString() ?? null,
    usageLimit: coupon.usageLimit,
    perCustomerLimit: coupon.perCustomerLimit,
    active: coupon.active,
    timesUsed: coupon.timesUsed,
  };
}

/** A bound as stored: a date-only one is a whole Lisbon day (`until` it inclusive), see shop-calendar. */
const toBound = (value: string | null, side: 'from' | 'until') =>
  value === null ? null : shopValidityBound(value, side);

/**
 * The rules that need two fields at once, checked on the coupon as it will be stored (so an
 * update of one field is checked against the others): a percentage is 0.01–100 with at most two
 * decimals, a fixed amount whole cents, and the window ends after it starts.
 */
function assertConsistent(terms: CouponTermsFields): void {
  const fields = [];
  if (terms.kind === 'PERCENTAGE') {
    if (terms.value > 100 || Math.round(terms.value * 100) !== terms.value * 100) {
      fields.push({ path: 'value', code: 'invalid_value' });
    }
  } else if (!Number.isInteger(terms.value)) {
    fields.push({ path: 'value', code: 'invalid_value' });
  }
  if (terms.validFrom && terms.validUntil && terms.validUntil <= terms.validFrom) {
    fields.push({ path: 'validUntil', code: 'invalid_value' });
  }
  if (fields.length > 0) {
    throw new BadInput(
      'A percentage is 0.01-100 (two decimals at most), a fixed amount whole cents, and the ' +
        'validity ends after it starts',
      { fields },
    );
  }
}

export async function listCoupons(deps: Pick<Services, 'shop'>): Promise<Coupon[]> {
  const coupons = await deps.shop.Coupon.find().sort({ createdAt: -1, code: 1 }).lean();
  return coupons.map(couponView);
}

export async function addCoupon(deps: Deps, actor: Auditor, body: CouponBody): Promise<Coupon> {
  const fields = {
    ...body,
    validFrom: toBound(body.validFrom, 'from'),
    validUntil: toBound(body.validUntil, 'until'),
  };
  assertConsistent(fields);
  let created: CouponDoc;
  try {
    // The `_id` comes from the code, so a code taken in any case collides on every engine.
    created = (
      await deps.shop.Coupon.create({ ...fields, _id: couponIdForCode(body.code), timesUsed: 0 })
    ).toObject();
  } catch (error) {
    if (isDuplicateKeyError(error)) {
      throw new Conflict(`Coupon ${body.code} already exists`, {
        code: 'DUPLICATE',
        fields: [{ path: 'code', code: 'taken' }],
      });
    }
    throw error;
  }
  const view = couponView(created);
  await deps.audit.record({
    actor,
    action: 'addCoupon',
    entityType: 'coupon',
    entityId: view.code,
    before: null,
    after: view,
  });
  return view;
}

/**
 * Changes what the body names. `timesUsed` is never written here: only redemptions move it,
 * with atomic increments this read-modify-write must not overwrite, hence `$set` of the
 * changed fields rather than saving the whole document.
 */
export async function updateCoupon(
  deps: Deps,
  actor: Auditor,
  body: UpdateCouponBody,
): Promise<Coupon> {
  const _id = couponIdForCode(body.code);
  const current = await deps.shop.Coupon.findById(_id).lean();
  if (!current) throw new NotFound(`No coupon ${body.code}`);
  const { code: _code, validFrom, validUntil, ...rest } = body;
  const changes: Partial<CouponDoc> = {
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
    ...(validFrom === undefined ? {} : { validFrom: toBound(validFrom, 'from') }),
    ...(validUntil === undefined ? {} : { validUntil: toBound(validUntil, 'until') }),
  };
  assertConsistent({ ...current, ...changes });
  const updated = await deps.shop.Coupon.findOneAndUpdate(
    { _id },
    { $set: changes },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) throw new NotFound(`No coupon ${body.code}`);
  const after = couponView(updated);
  await deps.audit.record({
    actor,
    action: 'updateCoupon',
    entityType: 'coupon',
    entityId: after.code,
    before: couponView(current),
    after,
  });
  return after;
}
