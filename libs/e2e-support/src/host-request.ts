import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';

export interface HostRequestOptions {
  method?: string;
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
  /** 10 s unless said otherwise. */
  timeoutMs?: number;
}

export interface HostReply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

/**
 * One request to 127.0.0.1:`port` carrying `host` as its Host header, as a browser on
 * `*.localhost` sends it (Node does not resolve those names), on a connection of its own. The
 * caller's headers go as given; the Host is always `host`.
 */
export function requestWithHost(
  port: number,
  host: string,
  path: string,
  options: HostRequestOptions = {},
): Promise<HostReply> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: {
          // Node frames a body of a DELETE or GET only when told its length.
          ...(options.body === undefined
            ? {}
            : { 'content-length': String(Buffer.byteLength(options.body)) }),
          ...options.headers,
          host,
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`no answer to ${path} within ${timeoutMs / 1000} s`)),
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
