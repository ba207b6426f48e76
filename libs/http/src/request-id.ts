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

export function requestId(): RequestHandler {
  return (req, res, next) => {
    const inbound = req.get(REQUEST_ID_HEADER);
    const id = inbound !== undefined && acceptableRequestId.test(inbound) ? inbound : randomUUID();
    req.requestId = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}

/** The request's id, or `unknown` when the request-id middleware did not run. */
export function requestIdOf(req: Request): string {
  return typeof req.requestId === 'string' ? req.requestId : 'unknown';
}
