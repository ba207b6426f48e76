/**
 * What a test has just found, typed as there: where it is missing, the test fails at once with
 * `what` in its message, rather than at a TypeError further on (or, with `!`, never saying
 * which lookup came back empty).
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) {
    throw new Error(`expected ${what}, found ${String(value)}`);
  }
  return value;
}
