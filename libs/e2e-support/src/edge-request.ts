import { request, type Agent } from 'node:http';
import type { CookieJar } from './cookie-jar.js';

export interface EdgeRequest {
  /** The edge router's port on 127.0.0.1. */
  readonly edgePort: number;
  /** The Host a browser on `*.localhost` sends, e.g. `shopping.<domain>:<port>`. */
  readonly host: string;
  /** The web origin the storefront's (or admin's) calls carry. */
  readonly origin: string;
  readonly method: string;
  readonly path: string;
  /** Sent as JSON when given. */
  readonly body?: unknown;
  readonly cookies: CookieJar;
  /** Keep-alive agent of the caller; a fresh connection per call when left out. */
  readonly agent?: Agent;
  /** The loopback address to connect from (the client's address as the edge sees it). */
  readonly localAddress?: string;
  readonly timeoutMs: number;
}

export interface EdgeReply {
  readonly status: number;
  readonly text: string;
  /** The Retry-After header of a refusal (429, 503), when there was one. */
  readonly retryAfter?: string;
}

/**
 * One JSON call through the local edge router, sent as a browser on the shop's pages would send
 * it, keeping the session cookie in `cookies`. Rejects when no answer comes; the error then
 * carries `reusedSocket`.
 */
export function edgeRequest(call: EdgeRequest): Promise<EdgeReply> {
  const payload = call.body === undefined ? undefined : Buffer.from(JSON.stringify(call.body));
  const cookie = call.cookies.header();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: call.edgePort,
        method: call.method,
        path: call.path,
        agent: call.agent ?? false,
        ...(call.localAddress ? { localAddress: call.localAddress } : {}),
        headers: {
          host: call.host,
          origin: call.origin,
          accept: 'application/json',
          // Node frames a DELETE body only when told its length (it chunks POST bodies itself).
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': payload.length }
            : {}),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        call.cookies.remember(res.headers['set-cookie']);
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const retryAfter = res.headers['retry-after'];
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            ...(retryAfter === undefined ? {} : { retryAfter }),
          });
        });
      },
    );
    req.setTimeout(call.timeoutMs, () =>
      req.destroy(new Error(`no answer to ${call.path} within ${call.timeoutMs / 1000} s`)),
    );
    // Says whether a kept-alive connection was reused, which is when a reset is the server having
    // closed it as idle just as this request went out (callers may then send it again).
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(payload);
  });
}
