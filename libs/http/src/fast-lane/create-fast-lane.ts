import type { IncomingMessage, ServerResponse } from 'node:http';
import fresh from 'fresh';
import type { Logger } from 'winston';
import { CORS_EXPOSED_HEADERS } from '../cors-policy.js';
import { failureEnvelope } from '../envelope.js';
import { failureFor } from '../error-handler.js';
import { changesState, createForeignOriginCheck } from '../guards/foreign-origin.js';
import { malformedUrlError } from '../guards/malformed-url.js';
import { nulCharacterError } from '../guards/nul-characters.js';
import type { JsonRoute } from '../json-routes.js';
import { chooseRequestId, REQUEST_ID_HEADER } from '../request-id.js';
import { elapsedMs, type RequestOutcome } from '../request-logging.js';
import type { ClientAddress } from './client-address.js';
import { parseLaneQuery } from './lane-query.js';
import { createSuccessEnvelopes, prepareBody, type Prepared } from './prepared-envelopes.js';
import { isPromiseLike } from './promise-like.js';
import { createRateLimitGate, type GateAnswer, type LaneRateLimit } from './rate-limit-gate.js';
import { isPlainJsonRequest, parseStrictJson, readBodyText } from './read-json-body.js';
import { createInputMemory, type InputMemory } from './input-memory.js';

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
  /** True once shutdown began: answers then ask the client to close the connection. */
  isShuttingDown: () => boolean;
}

export interface FastLane {
  /** Answers the request and returns true, or returns false without touching it. */
  answer(req: IncomingMessage, res: ServerResponse): boolean;
  /** Requests taken and not yet answered (or abandoned). */
  inFlight(): number;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const NOT_PREPARED = Symbol('not prepared');

/** A declared route with the inputs it prepared for earlier requests. */
interface DeclaredRoute {
  route: JsonRoute;
  memory: InputMemory;
}

/** One request on its way through the lane. */
interface Exchange {
  declared: DeclaredRoute;
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  rawPath: string;
  query: string;
  /** What the route's prepared input is remembered by: the query of a GET, a POST's body. */
  inputText: string | undefined;
  /** The parsed JSON body (a remembered POST's body is never parsed). */
  body: unknown;
  /** The route's input, when remembered from an earlier request with the same text. */
  prepared: unknown;
  requestId: string;
  headers: string[];
  started: bigint;
}

/**
 * The entrance for the few public JSON reads that carry most of a shop's traffic. Express spends
 * some 70 µs of CPU per request in its router and response helpers, several times what a
 * cached catalogue answer costs; this lane answers the declared routes on the bare node:http
 * request with the same pipeline, done once instead of per middleware: request id, security
 * and CORS headers, the request guards (URL, origin; other body types go to Express, which
 * refuses them), body limit and JSON rules with the NUL refusal, the shared rate-limit counter,
 * the error envelope, ETag/304 and the request log. It takes only the exact method and path of a
 * declared route with a plain JSON body (or none); everything else — other spellings, other
 * content types, compressed bodies, preflights — goes to Express, where the same handlers are
 * mounted, so the lane is a shortcut and never a different behaviour.
 *
 * Each step continues at once when the previous one answered without a promise (a pooled
 * rate-limit hit, a cache entry held in this process), so a hot GET is answered within the
 * turn it arrived in. No step throws: a failure becomes the error envelope, and a failure to
 * write even that destroys the connection.
 */
export function createFastLane(options: FastLaneOptions): FastLane {
  const { logger } = options;
  const routes = new Map<string, DeclaredRoute>(
    options.routes.map((route) => [
      `${route.method} ${route.path}`,
      { route, memory: createInputMemory() },
    ]),
  );
  const allowedOrigins = new Set(options.corsOrigins);
  const foreignOrigin = createForeignOriginCheck(options.corsOrigins);
  const gate = createRateLimitGate(options.rateLimit, logger);
  const successEnvelope = createSuccessEnvelopes();
  const fixedHeaders = [...options.securityHeaders, 'Vary', 'Origin'];
  // Taken and not yet answered: only a shutdown asks (no set of responses, no listeners).
  let unanswered = 0;
  const refusal = prepareBody(JSON.stringify(failureEnvelope(429, options.rateLimit.message)));

  function headersFor(req: IncomingMessage, requestId: string): string[] {
    const headers = fixedHeaders.slice();
    headers.push(REQUEST_ID_HEADER, requestId);
    const origin = req.headers.origin;
    if (origin !== undefined && allowedOrigins.has(origin)) {
      headers.push(
        'Access-Control-Allow-Origin',
        origin,
        'Access-Control-Allow-Credentials',
        'true',
        'Access-Control-Expose-Headers',
        CORS_EXPOSED_HEADERS.join(','),
      );
    }
    return headers;
  }

  function afterBody(exchange: Exchange, bodyText: string | undefined): void {
    let limited: GateAnswer | Promise<GateAnswer>;
    try {
      const { route, memory } = exchange.declared;
      // A POST without a query (a search) is remembered by its body alone.
      if (route.method === 'POST' && exchange.query === '') exchange.inputText = bodyText;
      if (memory.has(exchange.inputText)) {
        exchange.prepared = memory.get(exchange.inputText);
      } else if (route.method === 'POST') {
        // As express.json() runs before the limiter, a malformed body is refused unlimited.
        exchange.body = parseStrictJson(bodyText);
        const nul = nulCharacterError(exchange.body);
        if (nul) throw nul;
      }
      limited = gate(options.clientAddress(exchange.req));
    } catch (error) {
      fail(exchange, error);
      return;
    }
    if (!isPromiseLike(limited)) {
      afterGate(exchange, limited);
      return;
    }
    limited.then(
      (answer) => afterGate(exchange, answer),
      (error: unknown) => fail(exchange, error),
    );
  }

  function afterGate(exchange: Exchange, limited: GateAnswer): void {
    exchange.headers.push(...limited.headers);
    if (!limited.allowed) {
      finish(exchange, 429, refusal);
      return;
    }
    let data: string | Promise<string>;
    try {
      const { route, memory } = exchange.declared;
      // Validation (the route's schema) comes after the limiter, as in Express.
      const prepared =
        exchange.prepared !== NOT_PREPARED
          ? exchange.prepared
          : memory.keep(
              exchange.inputText,
              route.prepare({ query: parseLaneQuery(exchange.query), body: exchange.body }),
            );
      data = route.handle(prepared);
    } catch (error) {
      fail(exchange, error);
      return;
    }
    if (typeof data === 'string') {
      finish(exchange, 200, successEnvelope(data));
      return;
    }
    Promise.resolve(data).then(
      (json) => finish(exchange, 200, successEnvelope(json)),
      (error: unknown) => fail(exchange, error),
    );
  }

  function fail(exchange: Exchange, error: unknown): void {
    const { requestId, method } = exchange;
    let failure;
    try {
      failure = failureFor(error, logger, { requestId, method });
    } catch (mappingError) {
      unanswered -= 1;
      abandon(exchange, mappingError);
      return;
    }
    if (failure.retryAfter !== undefined) exchange.headers.push('Retry-After', failure.retryAfter);
    finish(exchange, failure.status, prepareBody(JSON.stringify(failure.body)));
  }

  function finish(exchange: Exchange, status: number, ready: Prepared): void {
    unanswered -= 1;
    try {
      // A shutdown waits for this answer: the client must not send another on this connection.
      if (options.isShuttingDown()) exchange.headers.push('Connection', 'close');
      const sent = send(exchange, status, ready);
      options.writeLog(exchange.requestId, exchange.method, {
        rawPath: exchange.rawPath,
        status: sent,
        durationMs: elapsedMs(exchange.started),
        aborted: exchange.req.socket.destroyed,
      });
    } catch (error) {
      abandon(exchange, error);
    }
  }

  // Only writing the answer or its log line can get here (every other failure became an
  // envelope); nothing may escape into the server's request listener or a promise.
  function abandon(exchange: Exchange, error: unknown): void {
    logger.error('fast lane could not answer', {
      error: error instanceof Error ? error.message : String(error),
    });
    exchange.res.destroy();
  }

  function answer(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const method = req.method ?? 'GET';
    const declared = routes.get(`${method === 'HEAD' ? 'GET' : method} ${path}`);
    if (declared === undefined) return false;
    if (declared.route.method === 'POST' && !isPlainJsonRequest(req)) return false;
    const requestId = chooseRequestId(req.headers['x-request-id']);
    const query = queryAt === -1 ? '' : url.slice(queryAt + 1);
    const exchange: Exchange = {
      declared,
      req,
      res,
      method,
      rawPath: path,
      query,
      inputText: declared.route.method === 'GET' ? query : undefined,
      body: undefined,
      prepared: NOT_PREPARED,
      requestId,
      headers: headersFor(req, requestId),
      started: process.hrtime.bigint(),
    };
    unanswered += 1;
    // Express' request guards, in their order, before any body is read.
    const refused =
      malformedUrlError(url) ?? (changesState(method) ? foreignOrigin(req.headers) : undefined);
    if (refused !== undefined) {
      fail(exchange, refused);
    } else if (declared.route.method === 'GET') {
      afterBody(exchange, undefined);
    } else {
      readBodyText(req, options.bodyLimitBytes, (error, text) => {
        if (error === undefined) afterBody(exchange, text);
        else fail(exchange, error);
      });
    }
    return true;
  }

  return { answer, inFlight: () => unanswered };
}

/** Writes the answer (a 304 when a GET's validator still matches); returns the status sent. */
function send(exchange: Exchange, status: number, ready: Prepared): number {
  const { req, res, headers } = exchange;
  headers.push('ETag', ready.etag);
  const conditional = req.method === 'GET' || req.method === 'HEAD';
  if (conditional && status === 200 && fresh(req.headers, { etag: ready.etag })) {
    res.writeHead(304, headers);
    res.end();
    return 304;
  }
  headers.push('Content-Type', JSON_TYPE, 'Content-Length', ready.contentLength);
  res.writeHead(status, headers);
  res.end(ready.body);
  return status;
}
