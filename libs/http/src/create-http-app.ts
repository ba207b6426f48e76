import bytes from 'bytes';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Store } from 'express-session';
import type { Redis } from 'ioredis';
import type { Logger } from 'winston';
import { appStateOf, registerAppState } from './app-state.js';
import { bodyParsers, DEFAULT_BODY_LIMIT } from './body-parsers.js';
import { corsPolicy } from './cors-policy.js';
import { errorHandler, notFoundHandler } from './error-handler.js';
import {
  DEFAULT_READINESS_TIMEOUT_MS,
  healthRoutes,
  type ReadinessChecks,
} from './health-routes.js';
import { requestGuards } from './guards/request-guards.js';
import { clientAddressResolver } from './fast-lane/client-address.js';
import { createFastLane } from './fast-lane/create-fast-lane.js';
import { recordSecurityHeaders } from './fast-lane/security-headers.js';
import { mountJsonRoutes, type JsonRoute } from './json-routes.js';
import {
  createRateLimiter,
  createRateLimitStore,
  DEFAULT_RATE_LIMIT_MESSAGE,
  DEFAULT_RATE_LIMIT_WINDOW_MS,
  type RateLimitOptions,
} from './rate-limit.js';
import { requestId } from './request-id.js';
import {
  createRequestLogWriter,
  requestLogging,
  type PathRedactor,
  type RequestLoggingOptions,
} from './request-logging.js';
import { sessionMiddleware, type SessionOptions } from './session-middleware.js';

/** Values accepted by Express' `trust proxy` setting (hop count, subnets, or `true` for all). */
export type TrustProxy = boolean | number | string | readonly string[];

export interface HttpAppOptions {
  logger: Logger;
  /**
   * Shared by sessions and rate limits. Undefined (REDIS_URL=memory://) keeps both inside this
   * process: sessions in `sessionStore`, counters in express-rate-limit's memory store.
   */
  redis: Redis | undefined;
  /** Without Redis: the session store (from `createMemorySessionStore`), shared with revocation. */
  sessionStore?: Store | undefined;
  /** Exact origins of the web clients allowed to call with credentials. */
  corsOrigins: readonly string[];
  session: SessionOptions;
  rateLimit: RateLimitOptions;
  /** Production turns on `Secure` session cookies (needs HTTPS or a trusted proxy saying so). */
  production?: boolean;
  /** Express `trust proxy`: which proxies may set X-Forwarded-For/-Proto. Default: none. */
  trustProxy?: TrustProxy;
  /** Maximum JSON body, in bytes or as `'1mb'`. Default 1 MB. */
  bodyLimit?: string | number;
  /**
   * Path prefixes (e.g. `/images/upload/`) of routes that read bodies other than JSON with their
   * own parser. Every other state-changing request with such a body is refused with 415.
   */
  otherBodyPathPrefixes?: readonly string[];
  readinessChecks?: ReadinessChecks;
  /** Per readiness check. Default 2 s. */
  readinessTimeoutMs?: number;
  /** Rewrites logged paths (default: 32+ hex-character segments become `:token`). */
  redactPath?: PathRedactor;
  /**
   * Path prefixes (e.g. `/catalog`) of high-volume reads whose routine lines (answered below 400,
   * faster than `slowRequestMs`) are logged at debug level: at info, one line per hit costs
   * more than the hit itself under load. Failures and slow requests are always logged.
   */
  quietPathPrefixes?: readonly string[];
  /** Requests at least this slow are always logged at info, with `slow: true`. Default 1 s. */
  slowRequestMs?: number;
  /**
   * Mounts routes that need no session (a storefront's catalogue) after the rate limiter and
   * before the session middleware: their requests never read, create or refresh a session in
   * Redis. Whatever they do not answer goes on to the session and `routes`.
   */
  publicRoutes?: (app: Express) => void;
  /**
   * The `fastRoutes` of a server's declared routes (see declaredRoutes): public JSON reads with
   * the most traffic (a catalogue search). `startHttpServer` answers their
   * exact method and path on a fast lane beside Express (see createFastLane); they are also
   * mounted in Express just before `publicRoutes`, for the requests the lane passes on and for
   * callers that use the Express app directly.
   */
  jsonRoutes?: readonly JsonRoute[];
  /**
   * Mounts the app's routes. When given, the app comes back finalized (404 and error handler
   * installed); otherwise mount routes yourself and call `finalizeHttpApp(app)`.
   */
  routes?: (app: Express) => void;
}

const PROBE_PATHS = ['/healthz', '/readyz'];

/**
 * Builds the Express app with the middleware every server needs, in this order: request id,
 * request log, helmet, CORS, probes, request guards (URL, origin, body type), body parser, rate
 * limit, public routes, session, then the app's routes, then 404 and the error handler (always
 * last, see `finalizeHttpApp`).
 *
 * Probes sit before body parsing, the limiter and sessions: kubelet calls them every few seconds
 * from one address and must neither be throttled nor touch Redis for a session. The limiter
 * comes before the session, so a flood is refused before any session is read for it.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  const state = registerAppState(app, options.logger);

  app.set('trust proxy', options.trustProxy ?? false);
  app.disable('x-powered-by');

  const logOptions: RequestLoggingOptions = {
    logger: options.logger,
    quietPaths: PROBE_PATHS,
    quietPathPrefixes: options.quietPathPrefixes ?? [],
    ...(options.slowRequestMs === undefined ? {} : { slowRequestMs: options.slowRequestMs }),
    ...(options.redactPath ? { redactPath: options.redactPath } : {}),
  };
  const securityHeaders = helmet();
  const rateLimit = {
    ...options.rateLimit,
    redis: options.redis,
    logger: options.logger,
    store: createRateLimitStore({ ...options.rateLimit, redis: options.redis }),
  };

  app.use(requestId());
  app.use(requestLogging(logOptions));
  app.use(securityHeaders);
  app.use(corsPolicy(options.corsOrigins));
  app.use(
    healthRoutes({
      checks: options.readinessChecks ?? {},
      timeoutMs: options.readinessTimeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS,
      isShuttingDown: () => state.shuttingDown,
    }),
  );
  app.use(requestGuards(options.corsOrigins, options.otherBodyPathPrefixes));
  app.use(bodyParsers(options.bodyLimit));
  app.use(createRateLimiter(rateLimit));
  mountJsonRoutes(app, options.jsonRoutes ?? []);
  options.publicRoutes?.(app);
  app.use(
    sessionMiddleware({
      ...options.session,
      redis: options.redis,
      memoryStore: options.sessionStore,
      secureCookie: options.production ?? false,
    }),
  );

  if (options.jsonRoutes && options.jsonRoutes.length > 0) {
    state.fastLane = createFastLane({
      routes: options.jsonRoutes,
      logger: options.logger,
      securityHeaders: recordSecurityHeaders(securityHeaders),
      corsOrigins: options.corsOrigins,
      clientAddress: clientAddressResolver(options.trustProxy ?? false),
      bodyLimitBytes: bytes.parse(options.bodyLimit ?? DEFAULT_BODY_LIMIT) ?? 0,
      rateLimit: {
        store: rateLimit.store,
        limit: options.rateLimit.limit,
        windowMs: options.rateLimit.windowMs ?? DEFAULT_RATE_LIMIT_WINDOW_MS,
        keyPrefix: options.rateLimit.keyPrefix,
        message: options.rateLimit.message ?? DEFAULT_RATE_LIMIT_MESSAGE,
      },
      writeLog: createRequestLogWriter(logOptions),
      isShuttingDown: () => state.shuttingDown,
    });
  }

  if (options.routes) {
    options.routes(app);
    finalizeHttpApp(app);
  }
  return app;
}

/**
 * Installs the 404 envelope and the error handler after the app's routes. Call it exactly once,
 * after the last route; `startHttpServer` refuses an app that was not finalized.
 */
export function finalizeHttpApp(app: Express): Express {
  const state = appStateOf(app);
  if (state.finalized) throw new Error('finalizeHttpApp was already called for this app');
  state.finalized = true;
  app.use(notFoundHandler());
  app.use(errorHandler(state.logger));
  return app;
}
