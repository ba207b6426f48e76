/**
 * @aneis/web-api: the webclients' way to talk to their server. Calls are typed by the contracts'
 * route tables (types only: no zod in the browser bundle), sent with the session cookie, time
 * out, unwrap Veniqa's envelope and fail with an `ApiError` carrying the server's message.
 */
export { ApiError, isApiError, type ApiErrorKind } from './api-error.js';
export {
  apiBaseUrlFromPage,
  resolveApiBaseUrl,
  type PageLocation,
  type ServerName,
} from './api-base-url.js';
export {
  DEFAULT_TIMEOUT_MS,
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpMethod,
  type HttpRequest,
} from './http-client.js';
export { createReachability, type Reachability } from './reachability.js';
export { onSessionExpired, withSessionExpiry } from './session-expiry.js';
export { createTypedApi, type TypedApi } from './typed-api.js';
export type { RouteByKey, RouteKey, RouteRequestOf, RouteResponseOf } from './route-types.js';
export { createShoppingApi, type ShoppingApi, type ShoppingRoutes } from './shopping-api.js';
export {
  createManagementApi,
  type ManagementApi,
  type ManagementRoutes,
} from './management-api.js';
