import path from 'node:path';
import { z } from 'zod';

/** A host name or IP address to bind or connect to. */
export const hostName = z
  .string()
  .trim()
  .regex(/^[^\s/,]+$/, 'expected a host name or IP address');

/** A host name, optionally with a port, lower-cased for comparison with URL hosts. */
export const hostNameWithOptionalPort = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.-]+(:\d{1,5})?$/, 'expected a host name such as images.example.com');

/** "host:port" ("[::1]:26379" for IPv6), e.g. one Redis Sentinel. */
export const hostAndPort = z
  .string()
  .trim()
  .regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+):\d{1,5}$/, 'expected host:port')
  .transform((value) => {
    const separator = value.lastIndexOf(':');
    return {
      host: value.slice(0, separator).replace(/^\[(.*)\]$/, '$1'),
      port: Number(value.slice(separator + 1)),
    };
  })
  .refine(({ port }) => port >= 1 && port <= 65535, 'expected a port between 1 and 65535');

/** Syslog's APP-NAME field allows 1–48 printable ASCII characters and no spaces. */
export const serviceName = z
  .string()
  .trim()
  .regex(/^[\x21-\x7e]{1,48}$/, 'expected 1 to 48 printable characters without spaces');

/** A filesystem path, made absolute against the working directory at start-up. */
export const directoryPath = z
  .string()
  .trim()
  .transform((value) => path.resolve(value));

/** A size as body-parser's `limit` takes it: bytes, or a number with b/kb/mb/gb. */
export const byteSize = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i, 'expected a size such as 100kb or 1mb');

/** An ISO 4217 currency code. */
export const currencyCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, 'expected a 3-letter upper-case currency code such as EUR');

export const emailAddress = z.email({ error: 'expected an email address' });

/** A sender as mail APIs take it: "shop@example.com" or "Shop <shop@example.com>". */
export const mailSender = z
  .string()
  .trim()
  .refine((value) => {
    const bracketed = /^[^<>]*<([^<>]+)>$/.exec(value);
    return emailAddress.safeParse(bracketed?.[1] ?? value).success;
  }, 'expected an email address, optionally as "Name <address>"');

/** A secret as given; never trimmed, because spaces may be part of it. */
export const secretText = z.string();

/** A cookie name: an RFC 6265 token. */
export const cookieName = z
  .string()
  .trim()
  .regex(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, 'expected a cookie name (letters, digits, . _ - …)');

/** A Redis key prefix such as "shop:"; no spaces, which would break `SCAN MATCH` patterns. */
export const redisKeyPrefix = z
  .string()
  .regex(/^\S+$/, 'expected a key prefix without spaces, such as shop:');
