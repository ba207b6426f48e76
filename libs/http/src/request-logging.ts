import type { RequestHandler } from 'express';
import type { Logger } from 'winston';
import { requestIdOf } from './request-id.js';

export type PathRedactor = (path: string) => string;

// Reset and e-mail-confirmation tokens travel in the path (e.g. /security/confirmEmailAddress/
// <40 hex>); anything that long and random is a credential, not a resource name. 24-hex
// ObjectIds stay readable.
const tokenSegment = /\/[A-Fa-f0-9]{32,}(?=\/|$)/g;

export const redactTokensInPath: PathRedactor = (path) => path.replace(tokenSegment, '/:token');

export interface RequestLoggingOptions {
  logger: Logger;
  redactPath?: PathRedactor;
  /** Paths logged at debug level only (probes would otherwise flood the log). */
  quietPaths?: readonly string[];
  /**
   * Path prefixes whose routine requests (status below 400, faster than `slowRequestMs`, not
   * aborted) are logged at debug level; their failures and slow requests still are not.
   */
  quietPathPrefixes?: readonly string[];
  /** At least this slow: logged at info or above whatever the path, with `slow: true`. */
  slowRequestMs?: number;
}

export const DEFAULT_SLOW_REQUEST_MS = 1_000;

/** Matches a path equal to one of the prefixes or under it (the prefix, then a slash). */
function underAnyPrefixOf(prefixes: readonly string[]): (path: string) => boolean {
  const exact = new Set(prefixes);
  const parents = prefixes.map((prefix) => (prefix.endsWith('/') ? prefix : `${prefix}/`));
  return (path) => exact.has(path) || parents.some((parent) => path.startsWith(parent));
}

export type RequestLogLevel = 'debug' | 'info' | 'warn';

export interface RequestOutcome {
  /** The path without its query string, as received. */
  rawPath: string;
  status: number;
  durationMs: number;
  aborted: boolean;
}

/**
 * winston's isLevelEnabled looks both levels up and walks every transport on each call, and a
 * request's line asks on every request. The answers are kept while the logger's level stays the
 * same: our loggers get their transports when they are created (@aneis/logging).
 */
export function rememberedLevelCheck(logger: Logger): (level: RequestLogLevel) => boolean {
  let configured = logger.level;
  let answers = new Map<RequestLogLevel, boolean>();
  return (level) => {
    if (logger.level !== configured) {
      configured = logger.level;
      answers = new Map();
    }
    let enabled = answers.get(level);
    if (enabled === undefined) {
      enabled = logger.isLevelEnabled(level);
      answers.set(level, enabled);
    }
    return enabled;
  };
}

/**
 * Decides the level of a request's line and writes it when the logger keeps that level. Shared
 * by the Express middleware below and the fast lane, so both log the same requests alike.
 */
export function createRequestLogWriter(
  options: RequestLoggingOptions,
): (requestId: string, method: string, outcome: RequestOutcome) => void {
  const redact = options.redactPath ?? redactTokensInPath;
  const quiet = new Set(options.quietPaths ?? []);
  const underQuietPrefix = underAnyPrefixOf(options.quietPathPrefixes ?? []);
  const enabled = rememberedLevelCheck(options.logger);
  const slowMs = options.slowRequestMs ?? DEFAULT_SLOW_REQUEST_MS;
  return (requestId, method, { rawPath, status, durationMs, aborted }) => {
    const slow = durationMs >= slowMs;
    const routine = !aborted && !slow && status < 400 && underQuietPrefix(rawPath);
    const level: RequestLogLevel =
      quiet.has(rawPath) || routine ? 'debug' : status >= 500 ? 'warn' : 'info';
    if (!enabled(level)) return;
    options.logger.log(level, aborted ? 'request aborted' : 'request completed', {
      requestId,
      method,
      path: redact(rawPath),
      status,
      durationMs,
      ...(slow ? { slow: true } : {}),
      ...(aborted ? { aborted: true } : {}),
    });
  };
}

/** Milliseconds since `started` (from `process.hrtime.bigint()`), to the microsecond. */
export function elapsedMs(started: bigint): number {
  return Number((process.hrtime.bigint() - started) / 1000n) / 1000;
}

/**
 * One line per request, written when the response finishes (or the client goes away). Only the
 * path is logged: query strings, bodies and cookies can carry secrets. A line whose level the
 * logger would drop costs no more than the level check.
 */
export function requestLogging(options: RequestLoggingOptions): RequestHandler {
  const write = createRequestLogWriter(options);
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const rawPath = req.originalUrl.split('?', 1)[0] ?? '/';
    let logged = false;
    const log = (aborted: boolean): void => {
      if (logged) return;
      logged = true;
      write(requestIdOf(req), req.method, {
        rawPath,
        status: res.statusCode,
        durationMs: elapsedMs(started),
        aborted,
      });
    };
    res.once('finish', () => log(false));
    res.once('close', () => log(!res.writableFinished));
    next();
  };
}
