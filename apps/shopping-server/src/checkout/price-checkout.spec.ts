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
        },
      ],
      { shippingCents: 1500, exchangeRate: 114.22 },
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
    }));
    const priced = priceCheckout(lines, { shippingCents: 0, exchangeRate: 1 });
    expect(priced.subTotalCents).toBe(100);
    expect(priced.totalWeight.quantity).toBe(1);
  });
});
