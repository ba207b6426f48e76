import cors from 'cors';
import type { RequestHandler } from 'express';
import { REQUEST_ID_HEADER } from './request-id.js';

/**
 * Response headers a web client of another origin may read: the request id (quoted in error
 * reports) and Retry-After, which is not CORS-safelisted, so without this our webclients could
 * not see when a refused login or a Redis outage asks them to come back.
 */
export const CORS_EXPOSED_HEADERS = [REQUEST_ID_HEADER, 'Retry-After'] as const;

/**
 * The web clients send cookies (`withCredentials`), so the origin must be echoed exactly and
 * never as `*`. Requests from any other origin get no CORS headers at all (not even
 * Allow-Credentials), so the browser refuses to hand them the response.
 */
export function corsPolicy(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  const corsMiddleware = cors({
    origin: (origin, callback) => {
      callback(null, origin !== undefined && allowed.has(origin) ? origin : false);
    },
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    // Veniqa's admin sends `Access-Control-Allow-Origin: *` as a *request* header when it
    // downloads a product's pictures to re-upload them; it means nothing to us, but a preflight
    // that did not allow it would stop that client from editing any product with pictures.
    allowedHeaders: [
      'Content-Type',
      'Authorization',
      REQUEST_ID_HEADER,
      'Access-Control-Allow-Origin',
    ],
    exposedHeaders: [...CORS_EXPOSED_HEADERS],
  });
  return (req, res, next) => {
    // Answers differ per Origin even when we add no CORS headers: caches must keep them apart.
    res.vary('Origin');
    corsMiddleware(req, res, next);
  };
}
