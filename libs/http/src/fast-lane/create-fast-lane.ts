import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import etag from 'etag';
import fresh from 'fresh';
import type { Logger } from 'winston';
import { successJsonText } from '../envelope.js';
import { failureFor } from '../error-handler.js';
import type { JsonRoute } from '../json-routes.js';
import { chooseRequestId, REQUEST_ID_HEADER } from '../request-id.js';
import { elapsedMs, type RequestOutcome } from '../request-logging.js';
import type { ClientAddress } from './client-address.js';
import { createRateLimitGate, type LaneRateLimit } from './rate-limit-gate.js';
import { isPlainJsonRequest, readJsonBody } from './read-json-body.js';

export interface FastLaneOptions {
  routes: readonly JsonRoute[];
  logger: Logger;
  /** Name/value pairs every answer carries (helmet's, see recordSecurityHeaders). */
  securityHeaders: readonly string[];
  corsOrigins: readonly string[];
  clientAddress: ClientAddress;
  bodyLimitBytes: number;
  rateLimit: LaneRateLimit;
  writeLog: (requestId: string, method: string, outcome: RequestOutcome) => void;
}

/** Answers the request and returns true, or returns false without touching it. */
export type FastLane = (req: IncomingMessage, res: ServerResponse) => boolean;

const JSON_TYPE = 'application/json; charset=utf-8';
/**
 * Bytes of envelopes kept ready to send, keyed by the JSON text of their data (the cache hands
 * out the same text for as long as an entry lives). Past the bound the whole map is dropped:
 * cheaper than tracking use, and refilled by the next hits.
 */
const MAX_PREPARED_BYTES = 2 * 1024 * 1024;

interface Prepared {
  body: Buffer;
  etag: string;
}

/**
 * The entrance for the few public JSON reads that carry most of a shop's traffic. Express spends
 * some 70 µs of CPU per request in its router and response helpers, several times what a
 * cached catalogue answer costs; this lane answers the declared routes on the bare node:http
 * request with the same pipeline, done once instead of per middleware: request id, security
 * and CORS headers, body limit and JSON rules, the shared rate-limit counter, the error
 * envelope, ETag/304 and the request log. It takes only the exact method and path of a
 * declared route with a plain JSON body (or none); everything else — other spellings, other
 * content types, compressed bodies, preflights — goes to Express, where the same handlers are
 * mounted, so the lane is a shortcut and never a different behaviour.
 */
export function createFastLane(options: FastLaneOptions): FastLane {
  const routes = new Map(options.routes.map((route) => [`${route.method} ${route.path}`, route]));
  const allowedOrigins = new Set(options.corsOrigins);
  const gate = createRateLimitGate(options.rateLimit, options.logger);
  const prepared = new Map<string, Prepared>();
  let preparedBytes = 0;

  function prepare(dataJson: string): Prepared {
    let ready = prepared.get(dataJson);
    if (ready === undefined) {
      const body = Buffer.from(successJsonText(dataJson));
      ready = { body, etag: etag(body, { weak: true }) };
      // The key text and the body each take about the body's size.
      const bytes = 2 * body.length;
      if (preparedBytes + bytes > MAX_PREPARED_BYTES) {
        prepared.clear();
        preparedBytes = 0;
      }
      if (bytes <= MAX_PREPARED_BYTES) {
        prepared.set(dataJson, ready);
        preparedBytes += bytes;
      }
    }
    return ready;
  }

  function baseHeaders(req: IncomingMessage, requestId: string): string[] {
    const headers = [REQUEST_ID_HEADER, requestId, ...options.securityHeaders, 'Vary', 'Origin'];
    const origin = req.headers.origin;
    if (origin !== undefined && allowedOrigins.has(origin)) {
      headers.push(
        'Access-Control-Allow-Origin',
        origin,
        'Access-Control-Allow-Credentials',
        'true',
        'Access-Control-Expose-Headers',
        REQUEST_ID_HEADER,
      );
    }
    return headers;
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    headers: string[],
    ready: Prepared,
  ): number {
    headers.push('ETag', ready.etag);
    const conditional = req.method === 'GET' || req.method === 'HEAD';
    if (conditional && status === 200 && fresh(req.headers, { etag: ready.etag })) {
      res.writeHead(304, headers);
      res.end();
      return 304;
    }
    headers.push('Content-Type', JSON_TYPE, 'Content-Length', String(ready.body.length));
    res.writeHead(status, headers);
    res.end(ready.body);
    return status;
  }

  async function answer(
    route: JsonRoute,
    req: IncomingMessage,
    res: ServerResponse,
    rawPath: string,
    query: string,
  ) {
    const started = process.hrtime.bigint();
    const method = req.method ?? 'GET';
    const requestId = chooseRequestId(req.headers['x-request-id']);
    const headers = baseHeaders(req, requestId);
    let status: number;
    try {
      const body =
        route.method === 'POST' ? await readJsonBody(req, options.bodyLimitBytes) : undefined;
      const limited = await gate(options.clientAddress(req));
      headers.push(...limited.headers);
      if (!limited.allowed) {
        const refusal = {
          httpStatus: 429,
          status: 'failed',
          errorDetails: options.rateLimit.message,
        };
        status = send(req, res, 429, headers, prepareFailure(refusal));
      } else {
        const dataJson = await route.handle({ query: parseQuery(query), body });
        status = send(req, res, 200, headers, prepare(dataJson));
      }
    } catch (error) {
      const failure = failureFor(error, options.logger, { requestId, method });
      status = send(req, res, failure.status, headers, prepareFailure(failure.body));
    }
    options.writeLog(requestId, method, {
      rawPath,
      status,
      durationMs: elapsedMs(started),
      aborted: req.socket.destroyed,
    });
  }

  return (req, res) => {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const route = routes.get(`${method} ${path}`);
    if (route === undefined) return false;
    if (route.method === 'POST' && !isPlainJsonRequest(req)) return false;
    answer(route, req, res, path, queryAt === -1 ? '' : url.slice(queryAt + 1)).catch(
      (error: unknown) => {
        // Only writing the answer itself can get here (every other failure became an envelope).
        options.logger.error('fast lane could not answer', {
          error: error instanceof Error ? error.message : String(error),
        });
        res.destroy();
      },
    );
    return true;
  };
}

function prepareFailure(envelope: object): Prepared {
  const body = Buffer.from(JSON.stringify(envelope));
  return { body, etag: etag(body, { weak: true }) };
}
