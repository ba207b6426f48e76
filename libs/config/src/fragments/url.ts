import { z } from 'zod';

/** An absolute URL whose scheme is one of `protocols` (each with its colon, e.g. 'https:'). */
export function url(protocols: readonly string[] = ['http:', 'https:']) {
  const schemes = protocols.map((protocol) => `${protocol}//`).join(' or ');
  return z
    .string()
    .trim()
    .refine(
      (value) => URL.canParse(value) && protocols.includes(new URL(value).protocol),
      `expected a URL starting with ${schemes}`,
    );
}

/** An http(s) URL without a trailing slash, so callers can append paths with `${base}/path`. */
export const baseUrl = url().transform((value) => value.replace(/\/+$/, ''));

/** A browser origin (scheme, host and port); anything after the host is dropped. */
export const origin = url().transform((value) => new URL(value).origin);

/**
 * MongoDB connection strings may list several hosts ("mongodb://a:1,b:2/db"), which WHATWG URL
 * parsing rejects, so they get a looser check of their own.
 */
export const mongodbUri = z
  .string()
  .trim()
  .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'expected a URI starting with mongodb:// or mongodb+srv://');
