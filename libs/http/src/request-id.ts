import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';

declare module 'express-serve-static-core' {
  interface Request {
    /** Correlates log lines and error reports with one request; echoed as `X-Request-Id`. */
    requestId: string;
  }
}

export const REQUEST_ID_HEADER = 'X-Request-Id';

// Inbound ids end up in logs, so only short, plain tokens are trusted; anything else (log
// injection attempts, huge values) is replaced by our own id.
const acceptableRequestId = /^[A-Za-z0-9_-]{1,64}$/;

/** The caller's id when it is a short plain token, otherwise a fresh one. */
export function chooseRequestId(inbound: string | string[] | undefined): string {
  return typeof inbound === 'string' && acceptableRequestId.test(inbound) ? inbound : randomUUID();
}

export function requestId(): RequestHandler {
  return (req, res, next) => {
    const id = chooseRequestId(req.get(REQUEST_ID_HEADER));
    req.requestId = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}

/** The request's id, or `unknown` when the request-id middleware did not run. */
export function requestIdOf(req: Request): string {
  return typeof req.requestId === 'string' ? req.requestId : 'unknown';
}
