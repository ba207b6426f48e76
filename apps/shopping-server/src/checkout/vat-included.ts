/**
 * IVA contained in a gross (IVA-included) price, in whole cents.
 *
 * Rule: for each order line, IVA = gross × rate / (100 + rate), where gross is the line's price
 * (unit price × count) and rate the line's category rate; the result is rounded half up to the
 * cent. The rate is taken in basis points (23 % = 2300) so the arithmetic stays on integers until
 * the one division. Totals are sums of line amounts (and of the shipping's shares, see
 * shipping-vat.ts), never recomputed from a summed gross, so the amounts a shopper sees always
 * add up to the total shown.
 *
 * Worked example: a 1 419,00 € ring at 23 %: 141 900 × 2 300 / 12 300 = 26 534,15… → 26 534
 * cents, so "dos quais IVA (23 %) 265,34 €".
 */
export function vatContainedCents(grossCents: number, ratePercent: number): number {
  const rateBasisPoints = Math.round(ratePercent * 100);
  if (rateBasisPoints <= 0 || grossCents <= 0) return 0;
  // Both operands are integers far below 2^53, and IEEE division is correctly rounded, so an
  // exact half (…,5) is represented exactly and Math.round takes it up.
  return Math.round((grossCents * rateBasisPoints) / (10_000 + rateBasisPoints));
}

export interface VatByRate {
  ratePercent: number;
  vatCents: number;
}

/** Line amounts grouped by rate, lowest rate first (so "6 %" comes before "23 %"). */
export function sumVatByRate(
  lines: readonly { vatPercent: number; vatCents: number }[],
): VatByRate[] {
  const byRate = new Map<number, number>();
  for (const line of lines) {
    byRate.set(line.vatPercent, (byRate.get(line.vatPercent) ?? 0) + line.vatCents);
  }
  return [...byRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ratePercent, vatCents]) => ({ ratePercent, vatCents }));
}
