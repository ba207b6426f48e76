import type { IncomingHttpHeaders } from 'node:http';
import { Forbidden } from '@aneis/errors';
import type { RequestHandler } from 'express';

const REFUSAL =
  'Cross-site request refused: this request came from a page outside the shop ' +
  '(its Origin or Referer is not one of the allowed origins)';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request method may change state (everything but GET, HEAD and OPTIONS). */
export function changesState(method: string): boolean {
  return !SAFE_METHODS.has(method);
}

/**
 * Decides whether a request comes from a page outside the shop: its `Origin`, or without one its
 * `Referer`, names an origin that is not allowed. A request with neither (curl, another server,
 * a test) is not a browser page's and passes. `Origin: null` (sandboxed frames, some redirects)
 * and an unreadable Referer are foreign.
 */
export function createForeignOriginCheck(
  allowedOrigins: readonly string[],
): (headers: IncomingHttpHeaders) => Forbidden | undefined {
  const allowed = new Set(allowedOrigins);
  return (headers) => {
    const claimed = headers.origin ?? refererOrigin(headers.referer);
    if (claimed === undefined || allowed.has(claimed)) return undefined;
    return new Forbidden(REFUSAL, { code: 'FOREIGN_ORIGIN' });
  };
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (referer === undefined) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE …) sent from pages outside the shop.
 * SameSite=Lax cookies alone do not stop them: sibling subdomains of a shared cluster domain are
 * the same site, and a login (no cookie yet) from another site would plant its session. CORS does
 * not stop them either: it only hides the answer, after the change was made.
 */
export function refuseForeignStateChanges(allowedOrigins: readonly string[]): RequestHandler {
  const foreign = createForeignOriginCheck(allowedOrigins);
  return (req, _res, next) => {
    next(changesState(req.method) ? foreign(req.headers) : undefined);
  };
}

/**
 * The same refusal for one route whatever its method: for a GET that changes state (Veniqa's
 * `GET /security/logout`), so an image tag on another site cannot log a shopper out. The shop's
 * own pages send their Origin (cross-origin fetch) or Referer and pass.
 */
export function refuseForeignOrigins(allowedOrigins: readonly string[]): RequestHandler {
  const foreign = createForeignOriginCheck(allowedOrigins);
  return (req, _res, next) => {
    next(foreign(req.headers));
  };
}
