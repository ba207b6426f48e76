/*
 * What a manager types in a number field, read the way the server will check it. `Number('')`
 * is 0 and `Number('abc')` is NaN, which JSON turns into null: without this the form would send
 * a wrong value or get a technical 400 back instead of a message beside the field.
 */
const WHOLE = /^\d{1,9}$/;

/**
 * A decimal written with a point or a comma (`12,5`), with at most `maxDecimals` digits after
 * it (2 for money, 8 for an exchange rate); undefined when it is not one.
 */
export function readDecimal(text: string, maxDecimals = 8): number | undefined {
  const trimmed = text.trim();
  const decimal = new RegExp(`^\\d{1,9}(?:[.,]\\d{1,${maxDecimals}})?$`);
  return decimal.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}

/** A whole number, zero or more; undefined when it is not one. */
export function readWhole(text: string): number | undefined {
  const trimmed = text.trim();
  return WHOLE.test(trimmed) ? Number(trimmed) : undefined;
}
