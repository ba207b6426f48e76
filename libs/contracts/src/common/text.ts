import { z } from 'zod';

/**
 * String building blocks. Every string is bounded so oversized values are refused (never
 * silently truncated), and `z.string()` refuses objects, so `{ "$gt": "" }` can never reach a
 * query where a plain value is expected.
 */
export const TEXT_LIMITS = {
  code: 60,
  name: 100,
  line: 200,
  searchTerm: 100,
  comment: 2000,
  recaptcha: 4000,
  html: 50_000,
} as const;

/** A trimmed, non-empty string of at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);
}

/** A trimmed string of at most `max` characters that may be absent or empty. */
export function optionalText(max: number) {
  return z.string().trim().max(max, `must be at most ${max} characters`).optional();
}

/**
 * Keys of free-form string maps (cart customizations, custom attributes, tariff rates by
 * country). Mongo treats keys starting with `$` or containing `.` as operators or paths, so
 * only letters, digits, spaces and a little punctuation are allowed.
 */
export const mapKeySchema = z
  .string()
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N} _'()&-]{0,59}$/u,
    "keys must be 1-60 letters, digits, spaces or _ ' ( ) & - and start with a letter or digit",
  );

/** A string-to-value map with safe keys and a bounded number of entries. */
export function boundedRecord<V extends z.ZodType>(value: V, maxEntries: number) {
  return z.record(mapKeySchema, value).refine((map) => Object.keys(map).length <= maxEntries, {
    message: `must have at most ${maxEntries} entries`,
  });
}

/** An absolute http(s) URL; other schemes (javascript:, data:, file:) are refused. */
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
  .max(2048, 'must be at most 2048 characters');

/**
 * A country as addresses and tariffs name it. Veniqa used full names ("Nepal"); our reference
 * data also has ISO codes ("NP"). Either is accepted and the server resolves it against the
 * countries table.
 */
export const countryRefSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}][\p{L} .'()-]{1,59}$/u, 'must be a country code or name (2-60 letters)');

/** A lowercase slug used as a stable identifier in reference data (shipping method codes). */
export const slugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{1,59}$/, 'must be 2-60 lowercase letters, digits, _ or -');
