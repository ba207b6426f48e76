import { request } from 'node:http';

export interface EdgeAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * A GET through the local edge at 127.0.0.1:`edgePort` with `url`'s host as the Host header, as
 * a crawler sends it (Node does not resolve `*.localhost` names as browsers do).
 */
export function edgeGet(
  edgePort: number,
  url: string,
  headers: Record<string, string> = {},
): Promise<EdgeAnswer> {
  return edgeRequest(edgePort, url, { headers });
}

/** Any request through the local edge, as `edgeGet` sends it, with a method and a body. */
export function edgeRequest(
  edgePort: number,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<EdgeAnswer> {
  const target = new URL(url);
  const body = options.body;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: edgePort,
        method: options.method ?? 'GET',
        path: `${target.pathname}${target.search}`,
        headers: {
          host: target.host,
          accept: 'text/html,application/json',
          ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.setTimeout(20_000, () => req.destroy(new Error(`no answer from ${url}`)));
    req.end(body);
  });
}
