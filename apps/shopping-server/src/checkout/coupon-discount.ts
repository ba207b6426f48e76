import type { CouponKind } from '@aneis/data';
import { percentOf } from './price-checkout.js';

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
 * to it exactly: each line gets the floor of its exact share, and the cents left go to the
 * largest remainders (the earlier line on a tie). No line gets more than its own price.
 */
export function spreadDiscount(lineCents: readonly number[], discountCents: number): number[] {
  const total = lineCents.reduce((sum, cents) => sum + cents, 0);
  if (discountCents <= 0 || total <= 0) return lineCents.map(() => 0);
  const exact = lineCents.map((cents) => (cents * discountCents) / total);
  const shares = exact.map((share) => Math.floor(share));
  let left = discountCents - shares.reduce((sum, cents) => sum + cents, 0);
  const byRemainder = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}
