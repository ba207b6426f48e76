export { markNotReady } from './app-state.js';
export {
  createHttpApp,
  finalizeHttpApp,
  type HttpAppOptions,
  type TrustProxy,
} from './create-http-app.js';
export {
  sendFailure,
  sendSuccess,
  sendSuccessJson,
  type FailureEnvelope,
  type SuccessEnvelope,
} from './envelope.js';
export { refuseForeignOrigins } from './guards/foreign-origin.js';
export type { ReadinessCheck, ReadinessChecks, ReadinessDependency } from './health-routes.js';
export {
  authRateLimiter,
  createRateLimiter,
  type AuthRateLimiterOptions,
  type RateLimitOptions,
  type RateLimiterOptions,
} from './rate-limit.js';
export { REQUEST_ID_HEADER, requestIdOf } from './request-id.js';
export { redactTokensInPath, type PathRedactor } from './request-logging.js';
export {
  createMemorySessionStore,
  DEFAULT_SESSION_TTL_MS,
  type SessionOptions,
} from './session-middleware.js';
export { IN_PROCESS_STATE_WARNING } from './in-process-state.js';
export {
  startHttpServer,
  type Closer,
  type RunningHttpServer,
  type StartHttpServerOptions,
} from './start-http-server.js';
export * from './declared-routes/index.js';
