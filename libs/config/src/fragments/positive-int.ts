import { integerInRange } from './integer-in-range.js';

/** A whole number ≥ 1, used when the variable is unset. */
export function positiveInt(defaultValue: number) {
  return integerInRange(
    1,
    Number.MAX_SAFE_INTEGER,
    'expected a whole number of at least 1',
  ).default(defaultValue);
}
