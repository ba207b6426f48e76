import type { RouteContract } from '@aneis/contracts';
import type { HttpClient, HttpMethod, QueryValue } from './http-client.js';
import type { RouteByKey, RouteCallArgs, RouteKey, RouteResponseOf } from './route-types.js';

export interface TypedApi<Routes extends readonly RouteContract[]> {
  readonly http: HttpClient;
  call<K extends RouteKey<Routes>>(
    key: K,
    ...args: RouteCallArgs<RouteByKey<Routes, K>>
  ): Promise<RouteResponseOf<RouteByKey<Routes, K>>>;
}

interface UntypedRequest {
  body?: unknown;
  query?: Record<string, QueryValue>;
  params?: Record<string, string>;
  signal?: AbortSignal;
}

/** Replaces `:name` segments with their encoded values. */
export function fillPathParams(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new RangeError(`missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}

/** A client whose `call('POST /catalog/search', { body })` is checked against the route table. */
export function createTypedApi<Routes extends readonly RouteContract[]>(
  http: HttpClient,
): TypedApi<Routes> {
  return {
    http,
    call(key, ...args) {
      const [method, path] = String(key).split(' ') as [HttpMethod, string];
      const request = (args[0] ?? {}) as UntypedRequest;
      return http.request({
        method,
        path: fillPathParams(path, request.params),
        query: request.query,
        body: request.body,
        signal: request.signal,
      });
    },
  };
}
