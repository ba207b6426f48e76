import { createHttpClient, createShoppingApi } from '@aneis/web-api';
import { setShoppingApi } from '../src/api/shopping-api.js';

export interface SeenCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export type FakeReply = {
  status?: number;
  data?: unknown;
  error?: string;
  /** The envelope's `code` and `fields`, as the server adds them to failures. */
  code?: string;
  fields?: { path: string; code: string; limit?: number }[];
  raw?: string;
};
type Handler = (call: SeenCall) => FakeReply | Promise<FakeReply>;

/**
 * Answers the storefront's calls the way the shopping server does (envelope, raw JSON or text)
 * through the real HTTP client, so stores and pages are tested with their real API layer.
 */
export function installFakeShopServer(handlers: Record<string, Handler>) {
  const calls: SeenCall[] = [];
  const http = createHttpClient({
    baseUrl: 'http://shopping.test',
    fetch: async (input, init) => {
      const url = new URL(String(input));
      const call: SeenCall = {
        method: init?.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      };
      calls.push(call);
      const handler = handlers[`${call.method} ${call.path}`];
      if (!handler) return new Response('Not Found', { status: 404 });
      const reply = await handler(call);
      const status = reply.status ?? (reply.error ? 400 : 200);
      if (reply.raw !== undefined) return new Response(reply.raw, { status });
      const body = reply.error
        ? {
            httpStatus: status,
            status: 'failed',
            errorDetails: reply.error,
            ...(reply.code === undefined ? {} : { code: reply.code }),
            ...(reply.fields === undefined ? {} : { fields: reply.fields }),
          }
        : { httpStatus: status, status: 'successful', responseData: reply.data };
      return new Response(JSON.stringify(body), { status });
    },
  });
  setShoppingApi(createShoppingApi(http));
  return { calls, http };
}
