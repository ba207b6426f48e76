import { STANDARD_VAT_PERCENT } from '@aneis/contracts';
import { shareInProportion } from './share-in-proportion.js';
import { vatContainedCents, type VatByRate } from './vat-included.js';

export interface GoodsAtRate {
  vatPercent: number;
  /** What the line costs before the coupon. */
  grossCents: number;
  /** What the shopper pays for the line: its gross less its share of the coupon. */
  paidCents: number;
}

/**
 * The IVA contained in the shipping price, by rate.
 *
 * Rule: delivering the goods is an accessory service, so its price is taxed like the goods it
 * carries (CIVA, art. 16.º, n.º 5, b): transport costs belong to the taxable amount of the
 * supply). With lines at one rate, all of shipping is at that rate. With lines at several rates,
 * shipping is shared out between the rates in proportion to what the shopper pays for each
 * rate's lines (whole cents that add up to the shipping price), and each share contains the IVA
 * of its rate, rounded like a line's. A coupon that takes every line to zero leaves the gross
 * prices to weigh by; an order of free goods only puts all shipping at the highest rate among
 * them, so no IVA is ever left out.
 */
export function shippingVatByRate(
  lines: readonly GoodsAtRate[],
  shippingCents: number,
): VatByRate[] {
  if (shippingCents <= 0) return [];
  const rates = [...new Set(lines.map((line) => line.vatPercent))].sort((a, b) => a - b);
  if (rates.length === 0) {
    return [
      {
        ratePercent: STANDARD_VAT_PERCENT,
        vatCents: vatContainedCents(shippingCents, STANDARD_VAT_PERCENT),
      },
    ];
  }
  const sumAt = (rate: number, amount: (line: GoodsAtRate) => number) =>
    lines.filter((line) => line.vatPercent === rate).reduce((sum, line) => sum + amount(line), 0);
  const byPaid = rates.map((rate) => sumAt(rate, (line) => line.paidCents));
  const byGross = rates.map((rate) => sumAt(rate, (line) => line.grossCents));
  const highest = rates.map((rate) => (rate === rates[rates.length - 1] ? 1 : 0));
  const weights =
    [byPaid, byGross, highest].find((candidate) => candidate.some((w) => w > 0)) ?? highest;
  const shares = shareInProportion(weights, shippingCents);
  return rates
    .map((ratePercent, index) => ({
      ratePercent,
      vatCents: vatContainedCents(shares[index] ?? 0, ratePercent),
    }))
    .filter((_, index) => (shares[index] ?? 0) > 0);
}
