import {
  shopDateOf,
  shopLastDayBefore,
  type Coupon,
  type CouponBodyInput,
  type CouponKind,
} from '@aneis/contracts';
import { readDecimal, readWhole } from '../reference/read-number.js';

/** The coupon form as typed: text fields, amounts in euros, dates as `YYYY-MM-DD`. */
export interface CouponForm {
  code: string;
  kind: CouponKind;
  value: string;
  minimum: string;
  validFrom: string;
  validUntil: string;
  usageLimit: string;
  perCustomerLimit: string;
  active: boolean;
}

export const blankCouponForm = (): CouponForm => ({
  code: '',
  kind: 'PERCENTAGE',
  value: '',
  minimum: '',
  validFrom: '',
  validUntil: '',
  usageLimit: '',
  perCustomerLimit: '',
  active: true,
});

const euros = (cents: number) => (cents / 100).toFixed(2);

/**
 * A stored coupon as the form shows it: cents as euros; the window as Lisbon days, "until" being
 * the last day it still works (the stored end is the instant the next Lisbon day begins).
 */
export function couponToForm(coupon: Coupon): CouponForm {
  return {
    code: coupon.code,
    kind: coupon.kind,
    value: coupon.kind === 'FIXED_AMOUNT' ? euros(coupon.value) : String(coupon.value),
    minimum: coupon.minimumOrderCents ? euros(coupon.minimumOrderCents) : '',
    validFrom: coupon.validFrom ? shopDateOf(coupon.validFrom) : '',
    validUntil: coupon.validUntil ? shopLastDayBefore(coupon.validUntil) : '',
    usageLimit: coupon.usageLimit === null ? '' : String(coupon.usageLimit),
    perCustomerLimit: coupon.perCustomerLimit === null ? '' : String(coupon.perCustomerLimit),
    active: coupon.active,
  };
}

export type ReadCoupon = { body: CouponBodyInput } | { badField: keyof CouponForm };

/**
 * The request body of a typed form, or the first field that is not a number where one is
 * needed. Empty limits and dates mean "none"; the server checks the rules between fields.
 */
export function readCouponForm(form: CouponForm): ReadCoupon {
  const value = readDecimal(form.value, 2);
  if (value === undefined) return { badField: 'value' };
  const minimum = form.minimum.trim() === '' ? 0 : readDecimal(form.minimum, 2);
  if (minimum === undefined) return { badField: 'minimum' };
  const limit = (text: string) => (text.trim() === '' ? null : readWhole(text));
  const usageLimit = limit(form.usageLimit);
  if (usageLimit === undefined) return { badField: 'usageLimit' };
  const perCustomerLimit = limit(form.perCustomerLimit);
  if (perCustomerLimit === undefined) return { badField: 'perCustomerLimit' };
  const cents = (amount: number) => Math.round(amount * 100);
  return {
    body: {
      code: form.code.trim().toUpperCase(),
      kind: form.kind,
      value: form.kind === 'FIXED_AMOUNT' ? cents(value) : value,
      minimumOrderCents: cents(minimum),
      validFrom: form.validFrom || null,
      validUntil: form.validUntil || null,
      usageLimit,
      perCustomerLimit,
      active: form.active,
    },
  };
}
