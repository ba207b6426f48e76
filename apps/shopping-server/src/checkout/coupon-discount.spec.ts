import { couponDiscountCents, spreadDiscount } from './coupon-discount.js';

describe('coupon discount', () => {
  it('when a percentage falls between cents, then it rounds half up to the cent', () => {
    // 15 % of 3.33 € is 49.95 cents → 50; 10 % of 0.05 € is 0.5 cent → 1; 12.5 % of 1.99 € → 24.875 → 25.
    expect(couponDiscountCents({ kind: 'PERCENTAGE', value: 15 }, 333)).toBe(50);
    expect(couponDiscountCents({ kind: 'PERCENTAGE', value: 10 }, 5)).toBe(1);
    expect(couponDiscountCents({ kind: 'PERCENTAGE', value: 12.5 }, 199)).toBe(25);
    expect(couponDiscountCents({ kind: 'PERCENTAGE', value: 10 }, 4)).toBe(0);
  });

  it('when the percentage is 100, then the whole subtotal and no more is taken off', () => {
    expect(couponDiscountCents({ kind: 'PERCENTAGE', value: 100 }, 12_345)).toBe(12_345);
  });

  it('when a fixed amount is above the subtotal, then only the subtotal is taken off', () => {
    expect(couponDiscountCents({ kind: 'FIXED_AMOUNT', value: 500 }, 12_000)).toBe(500);
    expect(couponDiscountCents({ kind: 'FIXED_AMOUNT', value: 5_000 }, 1_999)).toBe(1_999);
    expect(couponDiscountCents({ kind: 'FIXED_AMOUNT', value: 5_000 }, 0)).toBe(0);
  });
});

describe('spreadDiscount', () => {
  it('when a discount does not divide evenly, then the shares still add up to it and the largest remainders get the odd cents', () => {
    // 100 over 3 equal lines: 33,33… each; the cent left goes to the first line.
    expect(spreadDiscount([1_000, 1_000, 1_000], 100)).toEqual([34, 33, 33]);
    // 1 over 1 000 : 1 : 1 → exact shares 0,998…, 0,000998…: the big line takes it.
    expect(spreadDiscount([1_000, 1, 1], 1)).toEqual([1, 0, 0]);
  });

  it('when the discount is the whole subtotal, then each line is discounted to zero and never below', () => {
    expect(spreadDiscount([2_799, 1, 500], 3_300)).toEqual([2_799, 1, 500]);
  });

  it('when there is no discount or nothing to discount, then every share is zero', () => {
    expect(spreadDiscount([1_000, 500], 0)).toEqual([0, 0]);
    expect(spreadDiscount([0, 0], 50)).toEqual([0, 0]);
  });
});
