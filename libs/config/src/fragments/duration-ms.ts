import { integerInRange } from './integer-in-range.js';

/** A duration in milliseconds. */
export const durationMs = integerInRange(
  0,
  Number.MAX_SAFE_INTEGER,
  'expected a duration in milliseconds (a whole number, 0 or more)',
);
