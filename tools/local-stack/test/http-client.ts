import { requestWithHost, type HostRequestOptions } from '@aneis/e2e-support';
import type { IncomingHttpHeaders } from 'node:http';

export interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One request to 127.0.0.1:port with an explicit Host header, as a browser on *.localhost sends it. */
export async function send(
  port: number,
  host: string,
  path: string,
  options: Omit<HostRequestOptions, 'timeoutMs'> = {},
): Promise<Reply> {
  const { text, ...reply } = await requestWithHost(port, host, path, options);
  return { ...reply, body: text };
}
