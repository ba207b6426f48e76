import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { preferredCoding } from './accept-encoding.js';
import { ifNoneMatchMatches } from './entity-tag.js';
import { METHOD_NOT_ALLOWED_PAGE, NOT_FOUND_PAGE, type ErrorPage } from './error-pages.js';
import type { Site, SiteFile } from './load-site.js';
import { safeRequestPath } from './request-path.js';
import { PAGE_CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers.js';
import type { WebsiteLogger } from './website-logger.js';

export const HEALTH_PATH = '/healthz';
const ALLOWED_METHODS = 'GET, HEAD';

export interface WebsiteHandlerOptions {
  site: Site;
  logger: WebsiteLogger;
  /** Once true, the health check fails so the load balancer stops sending new visitors. */
  isShuttingDown: () => boolean;
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** Serves `/` and its assets from memory, `/healthz`, and a small page for anything else. */
export function createWebsiteHandler(options: WebsiteHandlerOptions): RequestHandler {
  return (request, response) => {
    const started = performance.now();
    response.once('finish', () => {
      options.logger.http('request', {
        method: request.method,
        path: request.url,
        status: response.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    });
    respond(request, response, options);
  };
}

function respond(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebsiteHandlerOptions,
) {
  const isHead = request.method === 'HEAD';
  if (request.method !== 'GET' && !isHead) {
    sendErrorPage(response, 405, METHOD_NOT_ALLOWED_PAGE, isHead, { Allow: ALLOWED_METHODS });
    return;
  }
  const requestPath = safeRequestPath(request.url);
  if (requestPath === HEALTH_PATH) {
    sendHealth(response, isHead, options.isShuttingDown());
    return;
  }
  const file = requestPath === undefined ? undefined : options.site.get(requestPath);
  if (file === undefined) {
    sendErrorPage(response, 404, NOT_FOUND_PAGE, isHead);
    return;
  }
  sendFile(request, response, file, isHead);
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: SiteFile,
  isHead: boolean,
) {
  const coding = preferredCoding(request.headers['accept-encoding'], [...file.encoded.keys()]);
  const representation = (coding && file.encoded.get(coding)) || file.identity;
  const headers: OutgoingHttpHeaders = {
    ...securityHeaders(PAGE_CONTENT_SECURITY_POLICY),
    'Cache-Control': file.cacheControl,
    ETag: representation.etag,
  };
  if (file.encoded.size > 0) headers['Vary'] = 'Accept-Encoding';
  if (ifNoneMatchMatches(request.headers['if-none-match'], representation.etag)) {
    response.writeHead(304, headers).end();
    return;
  }
  if (coding !== undefined) headers['Content-Encoding'] = coding;
  headers['Content-Type'] = file.contentType;
  headers['Content-Length'] = representation.body.length;
  response.writeHead(200, headers).end(isHead ? undefined : representation.body);
}

function sendHealth(response: ServerResponse, isHead: boolean, shuttingDown: boolean) {
  const body = Buffer.from(JSON.stringify({ status: shuttingDown ? 'shutting down' : 'ok' }));
  response
    .writeHead(shuttingDown ? 503 : 200, {
      ...securityHeaders(PAGE_CONTENT_SECURITY_POLICY),
      'Cache-Control': 'no-store',
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': body.length,
    })
    .end(isHead ? undefined : body);
}

function sendErrorPage(
  response: ServerResponse,
  status: number,
  page: ErrorPage,
  isHead: boolean,
  extraHeaders: OutgoingHttpHeaders = {},
) {
  response
    .writeHead(status, {
      ...securityHeaders(page.contentSecurityPolicy),
      ...extraHeaders,
      'Cache-Control': 'no-cache',
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': page.body.length,
    })
    .end(isHead ? undefined : page.body);
}
