import { sumVatByRate, vatContainedCents } from './vat-included.js';

describe('vatContainedCents', () => {
  it('when the worked example of the rule is priced (1 419,00 € at 23 %), then it contains 265,34 € of IVA', () => {
    // 141 900 × 23 / 123 = 26 534,146… cents, rounded to 26 534.
    expect(vatContainedCents(141_900, 23)).toBe(26_534);
  });

  it('when a gross price is exactly net + 23 %, then the IVA is exactly the difference', () => {
    expect(vatContainedCents(12_300, 23)).toBe(2_300);
    expect(vatContainedCents(10_600, 6)).toBe(600);
    expect(vatContainedCents(11_300, 13)).toBe(1_300);
  });

  it('when the IVA lands on exactly half a cent, then it rounds half up', () => {
    // At 20 %: 3 × 20 / 120 = 0,5 → 1 and 9 × 20 / 120 = 1,5 → 2.
    expect(vatContainedCents(3, 20)).toBe(1);
    expect(vatContainedCents(9, 20)).toBe(2);
  });

  it('when just below or above half a cent, then it rounds down or up', () => {
    // 1 × 23 / 123 = 0,187 → 0; 3 × 23 / 123 = 0,561 → 1.
    expect(vatContainedCents(1, 23)).toBe(0);
    expect(vatContainedCents(3, 23)).toBe(1);
  });

  it('when the rate has decimals or is zero, then basis points keep it exact and zero gives none', () => {
    // 5,5 %: 10 550 × 550 / 10 550 = 550.
    expect(vatContainedCents(10_550, 5.5)).toBe(550);
    expect(vatContainedCents(10_000, 0)).toBe(0);
    expect(vatContainedCents(0, 23)).toBe(0);
  });
});

describe('sumVatByRate', () => {
  it('when lines share rates, then amounts are summed per rate, lowest rate first', () => {
    expect(
      sumVatByRate([
        { vatPercent: 23, vatCents: 10 },
        { vatPercent: 6, vatCents: 3 },
        { vatPercent: 23, vatCents: 5 },
      ]),
    ).toEqual([
      { ratePercent: 6, vatCents: 3 },
      { ratePercent: 23, vatCents: 15 },
    ]);
  });

  it('when there are no lines, then there is no rate', () => {
    expect(sumVatByRate([])).toEqual([]);
  });
});
