/**
 * An amount of cents shared out in proportion to `weights`, in whole cents that add up to it
 * exactly: each share is the floor of its exact part, and the cents left go to the largest
 * remainders (the earlier one on a tie), so rounding never creates or loses a cent. With no
 * amount or no weight at all, every share is zero.
 */
export function shareInProportion(weights: readonly number[], amountCents: number): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (amountCents <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (weight * amountCents) / total);
  const shares = exact.map((share) => Math.floor(share));
  let left = amountCents - shares.reduce((sum, cents) => sum + cents, 0);
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
