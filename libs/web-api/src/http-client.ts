import { ApiError } from './api-error.js';
import { decodeBody } from './decode-response.js';
import { createReachability, type Reachability } from './reachability.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | undefined;

export interface HttpRequest {
  method: HttpMethod;
  /** Path below the base URL, e.g. `/catalog/search`. */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  body?: unknown;
  signal?: AbortSignal;
}

export interface HttpClientOptions {
  baseUrl: string;
  /** Give up after this long; the default suits a shop on a slow phone connection. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  reachability?: Reachability;
  /**
   * The UI's language as a BCP 47 tag (read on every request, so a switch applies at once), sent
   * as Accept-Language: the servers write the mails a request causes in it.
   */
  language?: () => string;
}

export interface HttpClient {
  readonly baseUrl: string;
  readonly reachability: Reachability;
  /** Resolves with the unwrapped payload; rejects with an `ApiError`. */
  request<T>(request: HttpRequest): Promise<T>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Gateway answers: the edge router is up but the server behind it is not. */
const gatewayStatuses = new Set([502, 503, 504]);

export function buildUrl(baseUrl: string, path: string, query?: HttpRequest['query']): string {
  const url = `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const reachability = options.reachability ?? createReachability();

  async function request<T>(req: HttpRequest): Promise<T> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = () => controller.abort();
    req.signal?.addEventListener('abort', forwardAbort, { once: true });
    if (req.signal?.aborted) controller.abort();

    const headers: Record<string, string> = { Accept: 'application/json' };
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    const language = options.language?.();
    if (language) headers['Accept-Language'] = language;
    try {
      let response: Response;
      let text: string;
      try {
        response = await doFetch(buildUrl(options.baseUrl, req.path, req.query), {
          method: req.method,
          headers,
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
          credentials: 'include',
          signal: controller.signal,
        });
        text = await response.text();
      } catch (_error) {
        if (timedOut) {
          reachability.markUnreachable();
          throw new ApiError('timeout', 0, 'The server took too long to answer.');
        }
        if (controller.signal.aborted) throw new ApiError('aborted', 0, 'Request cancelled.');
        reachability.markUnreachable();
        throw new ApiError('network', 0, 'The server cannot be reached.');
      }
      const decoded = decodeBody(response.status, text);
      if (gatewayStatuses.has(response.status) && !decoded.ok && !isJson(text)) {
        reachability.markUnreachable();
      } else {
        reachability.markReachable();
      }
      if (!decoded.ok) throw new ApiError('server', response.status, decoded.message);
      return decoded.value as T;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', forwardAbort);
    }
  }

  return { baseUrl: options.baseUrl, reachability, request };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
