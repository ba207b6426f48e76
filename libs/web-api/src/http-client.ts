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
  /**
   * Waits before trying a refused request again (tests pass a quicker or recording one).
   * Default: a timer that the request's signal cancels.
   */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
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

/**
 * Refusals our servers make before doing anything (hashing pool full, Redis unreachable, too
 * many attempts), with a Retry-After saying when to come back. Honoured as a person would:
 * wait that long (plus a little, so a crowd refused together does not return together) and try
 * again, at most twice, and never past the request's own time limit nor for a wait so long
 * that the person should rather be told (a rate limit's minute).
 */
const retriedStatuses = new Set([429, 503]);
const MAX_RETRIES = 2;
const LONGEST_RETRY_WAIT_MS = 10_000;
const RETRY_JITTER = 0.3;

/** Retry-After in seconds (RFC 9110 also allows a date, which our servers never send). */
export function retryAfterMs(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}

function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      if (signal.aborted) reject(new Error('aborted'));
      else resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

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
  const sleep = options.sleep ?? sleepUnlessAborted;

  async function request<T>(req: HttpRequest): Promise<T> {
    const controller = new AbortController();
    const deadline = Date.now() + timeoutMs;
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
    const noAnswer = (): ApiError => {
      if (timedOut) {
        reachability.markUnreachable();
        return new ApiError('timeout', 0, 'The server took too long to answer.');
      }
      if (controller.signal.aborted) return new ApiError('aborted', 0, 'Request cancelled.');
      reachability.markUnreachable();
      return new ApiError('network', 0, 'The server cannot be reached.');
    };
    try {
      let response: Response;
      let text: string;
      for (let retries = 0; ; retries += 1) {
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
          throw noAnswer();
        }
        const waitMs = retriedStatuses.has(response.status)
          ? retryAfterMs(response.headers.get('Retry-After'))
          : undefined;
        if (waitMs === undefined || retries >= MAX_RETRIES || waitMs > LONGEST_RETRY_WAIT_MS) break;
        const jitteredMs = waitMs * (1 + Math.random() * RETRY_JITTER);
        if (Date.now() + jitteredMs >= deadline) break;
        await sleep(jitteredMs, controller.signal).catch(() => {
          throw noAnswer();
        });
      }
      const decoded = decodeBody(response.status, text);
      if (gatewayStatuses.has(response.status) && !decoded.ok && !isJson(text)) {
        reachability.markUnreachable();
      } else {
        reachability.markReachable();
      }
      if (!decoded.ok) {
        throw new ApiError(
          'server',
          response.status,
          decoded.message,
          decoded.code,
          decoded.fields,
        );
      }
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
