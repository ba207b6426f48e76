import { fromCents, hasWholeCents, toCents } from './money-conversion.js';

describe('money conversion', () => {
  it('when converting 19.99, then it is 1999 cents and converts back to exactly 19.99', () => {
    expect(toCents(19.99)).toBe(1999);
    expect(fromCents(1999)).toBe(19.99);
  });

  it('when an amount carries float drift (0.1 + 0.2), then the cents are exact', () => {
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(fromCents(toCents(0.1 + 0.2))).toBe(0.3);
  });

  it('when x * 100 would round the wrong way, then the decimal value decides', () => {
    // 1.005 * 100 === 100.49999999999999 and 1.115 * 100 === 111.49999999999999 in binary
    expect(toCents(1.005)).toBe(101);
    expect(toCents(1.115)).toBe(112);
    expect(toCents(4.35)).toBe(435);
    expect(toCents(8.36)).toBe(836);
  });

  it('when summing prices in cents, then totals have no drift (Veniqa example)', () => {
    const total = [55.98, 11.2, 2.8, 15].map(toCents).reduce((a, b) => a + b, 0);
    expect(total).toBe(8498);
    expect(fromCents(total)).toBe(84.98);
  });

  it('when every amount from 0.00 to 2000.00 round-trips, then none changes', () => {
    for (let cents = 0; cents <= 200_000; cents += 1) {
      const amount = fromCents(cents);
      if (toCents(amount) !== cents) throw new Error(`${cents} came back as ${toCents(amount)}`);
    }
  });

  it('when an amount is negative, then it rounds half away from zero and never gives -0', () => {
    expect(toCents(-1.005)).toBe(-101);
    expect(Object.is(toCents(-0), 0)).toBe(true);
    expect(Object.is(toCents(-0.001), 0)).toBe(true);
  });

  it('when an amount is tiny or huge, then exponent notation is handled', () => {
    expect(toCents(1e-7)).toBe(0);
    expect(() => toCents(1e21)).toThrow(RangeError);
  });

  it('when an amount is not finite, then conversion throws', () => {
    expect(() => toCents(Number.NaN)).toThrow(RangeError);
    expect(() => toCents(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => fromCents(1.5)).toThrow(RangeError);
  });

  it('when checking whole cents, then two decimals pass and more fail', () => {
    expect(hasWholeCents(27.99)).toBe(true);
    expect(hasWholeCents(15)).toBe(true);
    expect(hasWholeCents(19.999)).toBe(false);
    expect(hasWholeCents(0.1 + 0.2)).toBe(false);
    expect(hasWholeCents(Number.NaN)).toBe(false);
  });
});
