import { z } from 'zod';

/**
 * REDIS_URL's "no Redis" value, for a laptop without one: sessions, rate limits and cache then
 * live inside the process, so exactly one process per server may run. Refused in production.
 */
export const IN_MEMORY_REDIS_URL = 'memory://';

const REDIS_PROTOCOLS = ['redis:', 'rediss:'];

/** A redis:// or rediss:// URL, or exactly `memory://`. */
export const redisUrl = z
  .string()
  .trim()
  .refine(
    (value) =>
      value === IN_MEMORY_REDIS_URL ||
      (URL.canParse(value) && REDIS_PROTOCOLS.includes(new URL(value).protocol)),
    `expected a URL starting with redis:// or rediss://, or ${IN_MEMORY_REDIS_URL} (in-process, not in production)`,
  );
