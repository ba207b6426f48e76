/**
 * What a request that needs Redis (a session, a login) answers while Redis is unreachable or
 * frozen: 503 with a short Retry-After, since the client reconnects within about a second of
 * Redis returning (see @aneis/cache).
 */
export const REDIS_OUTAGE_MESSAGE =
  'The service is briefly unavailable (its session store is not answering); please try again in a moment.';
export const REDIS_OUTAGE_RETRY_AFTER_SECONDS = 1;

// ioredis' own wording for a command it gave up on because the connection is gone, closing, or
// out of retries. A reply error (WRONGTYPE, NOSCRIPT, …) is a bug, not an outage, and is not here.
const OUTAGE_MESSAGES = [
  /^Stream isn't writeable/,
  /^Connection is closed/,
  /^Command timed out/,
  /^Reached the max retries per request limit/,
  /^All sentinels are unreachable/,
];

/** True for an ioredis failure that means "Redis is not reachable right now". */
export function isRedisOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // The second is @aneis/cache's: no answer in time, or its breaker is open.
  if (error.name === 'MaxRetriesPerRequestError' || error.name === 'RedisUnavailableError') {
    return true;
  }
  return OUTAGE_MESSAGES.some((pattern) => pattern.test(error.message));
}
