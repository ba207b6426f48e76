import { requestWithHost } from '@aneis/e2e-support';

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
  return requestWithHost(edgePort, target.host, `${target.pathname}${target.search}`, {
    ...options,
    headers: { accept: 'text/html,application/json', ...options.headers },
    timeoutMs: 20_000,
  });
}
