import { createHttpClient, createManagementApi } from '@aneis/web-api';
import { setManagementApi } from '../api/management-api.js';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** `data` is wrapped in Veniqa's success envelope; `raw` is sent as is; `failure` as a failed envelope. */
export interface FakeAnswer {
  status?: number;
  data?: unknown;
  raw?: string;
  failure?: string;
  /** The failure envelope's `code` and `fields`, as the servers add them. */
  code?: string;
  fields?: { path: string; code: string; limit?: number }[];
}

/** A handler may answer later (a promise), so a test can hold one request back behind another. */
export type FakeRoutes = Record<
  string,
  (request: FakeRequest) => FakeAnswer | undefined | Promise<FakeAnswer | undefined>
>;

/**
 * Points the app's API client at an in-memory management server: each handler is keyed by
 * `"METHOD /path"`, and every request is recorded so tests can check what was sent.
 */
export function installFakeServer(routes: FakeRoutes): { requests: FakeRequest[] } {
  const requests: FakeRequest[] = [];
  const fakeFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const text = typeof init?.body === 'string' ? init.body : '';
    const request: FakeRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    requests.push(request);
    const handler = routes[`${method} ${url.pathname}`];
    const answer = (await handler?.(request)) ?? { status: 404, failure: 'Not Found' };
    const status = answer.status ?? (answer.failure ? 400 : 200);
    if (answer.raw !== undefined) return new Response(answer.raw, { status });
    const envelope = answer.failure
      ? {
          httpStatus: status,
          status: 'failed',
          errorDetails: answer.failure,
          ...(answer.code === undefined ? {} : { code: answer.code }),
          ...(answer.fields === undefined ? {} : { fields: answer.fields }),
        }
      : { httpStatus: status, status: 'successful', responseData: answer.data ?? null };
    return new Response(JSON.stringify(envelope), { status });
  };
  setManagementApi(
    createManagementApi(createHttpClient({ baseUrl: 'http://management.test', fetch: fakeFetch })),
  );
  return { requests };
}
