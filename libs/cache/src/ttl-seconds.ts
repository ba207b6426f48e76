export const maxTtlSeconds = 24 * 60 * 60;

/**
 * Cache entries must expire, and within a day: entries of superseded namespace versions are never
 * deleted explicitly, so their TTL is what bounds the memory they hold.
 */
export function assertTtlSeconds(ttlSeconds: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > maxTtlSeconds) {
    throw new RangeError(
      `cache TTL must be a whole number of seconds in 1..${maxTtlSeconds}, got ${ttlSeconds}`,
    );
  }
}
