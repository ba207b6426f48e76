import { shippingVatByRate } from './shipping-vat.js';

const goods = (vatPercent: number, grossCents: number, paidCents = grossCents) => ({
  vatPercent,
  grossCents,
  paidCents,
});

describe('shippingVatByRate', () => {
  it('when every line is at 23 %, then all of shipping is at 23 % (5,00 € contains 0,93 €)', () => {
    // 500 × 2 300 / 12 300 = 93,49… → 93.
    expect(shippingVatByRate([goods(23, 141_900), goods(23, 999)], 500)).toEqual([
      { ratePercent: 23, vatCents: 93 },
    ]);
  });

  it('when lines are at 6 % and 23 %, then shipping is shared in proportion to what each rate costs and each share contains its own rate', () => {
    // 1 000 of shipping over 3 000 at 6 % and 1 000 at 23 %: 750 and 250.
    // 750 × 6 / 106 = 42,45… → 42; 250 × 23 / 123 = 46,74… → 47.
    expect(shippingVatByRate([goods(23, 1_000), goods(6, 3_000)], 1_000)).toEqual([
      { ratePercent: 6, vatCents: 42 },
      { ratePercent: 23, vatCents: 47 },
    ]);
  });

  it('when a coupon takes more off one rate, then the shares follow what the shopper pays, not the list prices', () => {
    // Paid 1 000 at 6 % and 3 000 at 23 % (gross 3 000 and 3 000): shipping 1 000 → 250 and 750.
    expect(shippingVatByRate([goods(6, 3_000, 1_000), goods(23, 3_000, 3_000)], 1_000)).toEqual([
      { ratePercent: 6, vatCents: 14 },
      { ratePercent: 23, vatCents: 140 },
    ]);
  });

  it('when the shares do not divide evenly, then they still add up to the shipping price', () => {
    // 1 001 over three equal rates' worth: 334 + 334 + 333; IVA of each at its rate.
    const vat = shippingVatByRate([goods(6, 100), goods(13, 100), goods(23, 100)], 1_001);
    expect(vat.map((rate) => rate.ratePercent)).toEqual([6, 13, 23]);
    // 334 × 6/106 = 18,9 → 19; 334 × 13/113 = 38,4 → 38; 333 × 23/123 = 62,3 → 62.
    expect(vat.map((rate) => rate.vatCents)).toEqual([19, 38, 62]);
  });

  it('when a coupon takes every line to zero, then the list prices weigh the shipping and its IVA is still counted', () => {
    expect(shippingVatByRate([goods(6, 1_000, 0), goods(23, 1_000, 0)], 1_000)).toEqual([
      { ratePercent: 6, vatCents: 28 },
      { ratePercent: 23, vatCents: 93 },
    ]);
  });

  it('when the goods are free, then all of shipping is at the highest rate among them', () => {
    expect(shippingVatByRate([goods(6, 0), goods(23, 0)], 500)).toEqual([
      { ratePercent: 23, vatCents: 93 },
    ]);
  });

  it('when shipping is free, then it contains no IVA', () => {
    expect(shippingVatByRate([goods(23, 1_000)], 0)).toEqual([]);
  });
});
