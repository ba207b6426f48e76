/**
 * Conversions between the wire's decimal amounts and the integer minor units (cents) the
 * servers compute and store with.
 *
 * Multiplying by 100 is not exact in binary floating point (1.005 * 100 === 100.49999999999999),
 * so `toCents` shifts the decimal point in the number's shortest decimal text instead
 * (`Number("1.005e2") === 100.5`) and then rounds half away from zero, which is how people round
 * money. Dividing an integer by 100 is correctly rounded, so `fromCents(1999)` is exactly the
 * double written `19.99`, and `fromCents(toCents(x)) === x` for every amount with at most two
 * decimals.
 */

export function toCents(amount: number): number {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`amount must be a finite number, got ${String(amount)}`);
  }
  const magnitude = Math.abs(amount);
  const text = magnitude.toString();
  // Exponent notation only appears below 1e-6 or above 1e21, where the plain product is fine.
  const shifted = text.includes('e') ? magnitude * 100 : Number(`${text}e2`);
  const cents = Math.round(shifted) * Math.sign(amount);
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`amount ${amount} is too large to convert to cents`);
  }
  return cents === 0 ? 0 : cents; // never -0
}

export function fromCents(cents: number): number {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`cents must be a safe integer, got ${String(cents)}`);
  }
  return cents / 100;
}

/** True when the amount is exactly representable as whole cents (at most two decimals). */
export function hasWholeCents(amount: number): boolean {
  return Number.isFinite(amount) && fromCents(toCents(amount)) === amount;
}
