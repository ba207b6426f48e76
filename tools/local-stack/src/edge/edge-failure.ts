import type { ServerResponse } from 'node:http';

/**
 * Answers a request the edge itself could not route or forward, in the servers' failure envelope
 * so the webclients' API client reads it like any other error.
 */
export function sendEdgeFailure(
  res: ServerResponse,
  status: number,
  code: string,
  errorDetails: string,
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ httpStatus: status, status: 'failed', errorDetails, code });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}
