import { percentOf, priceCheckout } from './price-checkout.js';

describe('priceCheckout', () => {
  it('when pricing the reference worked example, then every amount matches to the cent', () => {
    // 27.99 × 2, tariff 20 % (Nepal), service 5 %, shipping 15, NPR at 114.22.
    const priced = priceCheckout(
      [
        {
          lineId: 'a',
          unitPriceCents: 2799,
          unitWeight: { quantity: 3.2, unit: 'LB' },
          counts: 2,
          tariffPercent: 20,
          vatPercent: 23,
        },
      ],
      { shippingCents: 1500, veniqaCharges: true, exchangeRate: 114.22 },
    );
    expect(priced.subTotalCents).toBe(5598);
    expect(priced.tariffCents).toBe(1120);
    expect(priced.serviceChargeCents).toBe(280);
    expect(priced.totalCents).toBe(8498);
    expect(priced.localTotalCents).toBe(970642);
    expect(priced.totalWeight).toEqual({ quantity: 6.4, unit: 'LB' });
  });

  it('when a percentage lands on half a cent, then it rounds half up', () => {
    expect(percentOf(5, 10)).toBe(1);
    expect(percentOf(1000, 1.5)).toBe(15);
    expect(percentOf(0, 20)).toBe(0);
  });

  it('when several lines are priced, then totals are exact sums of cents (no drift)', () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({
      lineId: String(i),
      unitPriceCents: 10,
      unitWeight: { quantity: 0.1, unit: 'LB' },
      counts: 1,
      tariffPercent: 0,
      vatPercent: 23,
    }));
    const priced = priceCheckout(lines, { shippingCents: 0, veniqaCharges: true, exchangeRate: 1 });
    expect(priced.subTotalCents).toBe(100);
    expect(priced.totalWeight.quantity).toBe(1);
  });

  const ring = (lineId: string, unitPriceCents: number, vatPercent: number) => ({
    lineId,
    unitPriceCents,
    unitWeight: { quantity: 0.01, unit: 'KG' },
    counts: 1,
    tariffPercent: 20,
    vatPercent,
  });

  it('when Veniqa charges are off, then no tariff or service charge is added and the total is the gross prices plus shipping', () => {
    const priced = priceCheckout([ring('a', 141_900, 23)], {
      shippingCents: 500,
      veniqaCharges: false,
      exchangeRate: 1,
    });
    expect(priced.lines[0]?.tariffCents).toBe(0);
    expect(priced.tariffCents).toBe(0);
    expect(priced.serviceChargeCents).toBe(0);
    expect(priced.totalCents).toBe(142_400);
  });

  it('when Veniqa charges are on, then the same cart pays the tariff and the 5 % service charge on top', () => {
    const priced = priceCheckout([ring('a', 141_900, 23)], {
      shippingCents: 500,
      veniqaCharges: true,
      exchangeRate: 1,
    });
    expect(priced.tariffCents).toBe(28_380);
    expect(priced.serviceChargeCents).toBe(7_095);
    expect(priced.totalCents).toBe(141_900 + 28_380 + 7_095 + 500);
  });

  it('when lines have different IVA rates, then each line carries its own IVA and the total splits by rate', () => {
    const priced = priceCheckout(
      [ring('a', 141_900, 23), ring('b', 2_000, 6), ring('c', 999, 23)],
      {
        shippingCents: 0,
        veniqaCharges: false,
        exchangeRate: 1,
      },
    );
    // 141 900 × 23/123 = 26 534,1 → 26 534; 2 000 × 6/106 = 113,2 → 113; 999 × 23/123 = 186,8 → 187.
    expect(priced.lines.map((line) => line.vatCents)).toEqual([26_534, 113, 187]);
    expect(priced.vatCents).toBe(26_834);
    expect(priced.vatByRate).toEqual([
      { ratePercent: 6, vatCents: 113 },
      { ratePercent: 23, vatCents: 26_721 },
    ]);
  });

  it('when Veniqa charges are on, then the IVA is still only what the gross prices and shipping contain (tariff and service charge carry none)', () => {
    const on = priceCheckout([ring('a', 12_300, 23)], {
      shippingCents: 1_500,
      veniqaCharges: true,
      exchangeRate: 1,
    });
    // 12 300 contains 2 300; 1 500 of shipping contains 280,49… → 280.
    expect(on.vatCents).toBe(2_300 + 280);
  });

  it('when shipping is charged, then the IVA it contains joins its rate under the total and is reported apart too', () => {
    const priced = priceCheckout([ring('a', 3_000, 6), ring('b', 1_000, 23)], {
      shippingCents: 1_000,
      veniqaCharges: false,
      exchangeRate: 1,
    });
    // Lines: 3 000 × 6/106 = 169,8 → 170; 1 000 × 23/123 = 187,0 → 187.
    // Shipping 1 000 shared 3 : 1 → 750 at 6 % (42) and 250 at 23 % (47).
    expect(priced.lines.map((line) => line.vatCents)).toEqual([170, 187]);
    expect(priced.shippingVatCents).toBe(42 + 47);
    expect(priced.vatByRate).toEqual([
      { ratePercent: 6, vatCents: 170 + 42 },
      { ratePercent: 23, vatCents: 187 + 47 },
    ]);
    expect(priced.vatCents).toBe(170 + 187 + 42 + 47);
    expect(priced.totalCents).toBe(5_000);
  });

  it('when a coupon applies, then its discount comes off the total and the tariff stays on the full price', () => {
    const line = {
      lineId: 'a',
      unitPriceCents: 2799,
      unitWeight: { quantity: 3.2, unit: 'LB' },
      counts: 2,
      tariffPercent: 20,
      vatPercent: 23,
    };
    const rules = { shippingCents: 1500, veniqaCharges: true, exchangeRate: 1 };
    const plain = priceCheckout([line], rules);
    const discounted = priceCheckout([line], {
      ...rules,
      discount: { kind: 'PERCENTAGE', value: 10 },
    });
    expect(plain.discountCents).toBe(0);
    expect(discounted.discountCents).toBe(560);
    expect(discounted.totalCents).toBe(plain.totalCents - 560);
    expect(discounted.tariffCents).toBe(plain.tariffCents);
  });

  it('when a coupon applies, then the IVA is what the discounted prices contain, line by line', () => {
    const priced = priceCheckout([ring('a', 12_300, 23), ring('b', 10_600, 6)], {
      shippingCents: 0,
      veniqaCharges: false,
      exchangeRate: 1,
      discount: { kind: 'FIXED_AMOUNT', value: 2_290 },
    });
    // 2 290 shared as 12 300 : 10 600 → 1 230 and 1 060; IVA of 11 070 at 23 % and 9 540 at 6 %.
    expect(priced.lines.map((line) => line.discountCents)).toEqual([1_230, 1_060]);
    expect(priced.lines.map((line) => line.vatCents)).toEqual([2_070, 540]);
    expect(priced.vatCents).toBe(2_610);
    expect(priced.totalCents).toBe(12_300 + 10_600 - 2_290);
  });
});
