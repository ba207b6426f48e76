import { UnsupportedMediaType } from '@aneis/errors';
import type { Request, RequestHandler } from 'express';
import { changesState } from './foreign-origin.js';

const REFUSAL =
  'Unsupported Media Type: this route takes a JSON body (Content-Type: application/json)';

/**
 * Refuses a state-changing request whose body is not JSON: form-encoded, multipart and text/plain
 * bodies are what another site's HTML form (or a "simple" cross-origin fetch, sent without a
 * preflight) can post, so a JSON API reading nothing else shuts that door. A body with no type, or
 * an empty one with a non-JSON type, counts too; only a request with no body and no type passes.
 * Paths under `otherBodyPrefixes` (an upload of raw image bytes) read their own types.
 */
export function refuseNonJsonBodies(otherBodyPrefixes: readonly string[] = []): RequestHandler {
  return (req, _res, next) => {
    if (!changesState(req.method) || readsOtherTypes(req, otherBodyPrefixes) || isJsonOrNone(req)) {
      next();
      return;
    }
    next(new UnsupportedMediaType(REFUSAL, { code: 'JSON_ONLY' }));
  };
}

function readsOtherTypes(req: Request, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => req.path.startsWith(prefix));
}

// `application/json` is the one type express.json() reads (its charset is checked there); any
// other, `+json` flavours included, would reach the route unparsed.
function isJsonOrNone(req: Request): boolean {
  const type = req.headers['content-type'];
  if (type === undefined) return !hasContent(req);
  return (type.split(';', 1)[0] ?? '').trim().toLowerCase() === 'application/json';
}

// No type and nothing in it (a POST without a body, `Content-Length: 0`): nothing to refuse.
function hasContent(req: Request): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined ||
    (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0')
  );
}
