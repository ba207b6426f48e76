import type { CouponKind } from '@aneis/data';
import { percentOf } from './price-checkout.js';
import { shareInProportion } from './share-in-proportion.js';

export interface CouponTerms {
  kind: CouponKind;
  /** Percent off (0.01–100) for PERCENTAGE; cents off for FIXED_AMOUNT. */
  value: number;
}

/**
 * What a coupon takes off a subtotal, in whole cents: a percentage rounded half up to the cent
 * (percent kept to 0.01), a fixed amount as is. Never more than the subtotal, so no order is
 * ever paid less than nothing for its goods.
 */
export function couponDiscountCents(terms: CouponTerms, subTotalCents: number): number {
  const off =
    terms.kind === 'PERCENTAGE' ? percentOf(subTotalCents, terms.value) : Math.round(terms.value);
  return Math.max(0, Math.min(off, subTotalCents));
}

/**
 * A discount shared out over lines in proportion to their prices, in whole cents that add up
 * to it exactly (see `shareInProportion`). The discount is never above the subtotal, so no line
 * gets more than its own price.
 */
export function spreadDiscount(lineCents: readonly number[], discountCents: number): number[] {
  return shareInProportion(lineCents, discountCents);
}
