import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a dummy upstream saw, echoed back as its JSON response body. */
export interface Echo {
  readonly instance: string;
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly bodyLength: number;
}

export interface DummyUpstream {
  readonly name: string;
  readonly port: number;
  /** Status its /readyz and /healthz answer with; change it to fail health checks. */
  healthStatus: number;
  /** Stops listening and drops every connection at once, like a killed process. */
  kill(): Promise<void>;
}

/**
 * A real HTTP server that echoes each request; `/slow` never answers, `/reset` on `…#1` drops
 * the connection, and `/reset-once` drops it the first time only (a kept-alive connection the
 * server closed just as it was reused).
 */
export async function startDummyUpstream(name: string): Promise<DummyUpstream> {
  const dummy = { name, port: 0, healthStatus: 200 } as DummyUpstream & { port: number };
  let resetOnceDone = false;
  const server: Server = createServer((req, res) => {
    if (req.url === '/healthz' || req.url === '/readyz') {
      res.writeHead(dummy.healthStatus).end();
      return;
    }
    if (req.url === '/slow') return;
    // The first instance of a pair breaks the connection, as a process dying mid-request does.
    if (req.url === '/reset' && name.endsWith('#1')) {
      req.socket.destroy();
      return;
    }
    if (req.url === '/reset-once' && !resetOnceDone) {
      resetOnceDone = true;
      req.socket.destroy();
      return;
    }
    let bodyLength = 0;
    req.on('data', (chunk: Buffer) => {
      bodyLength += chunk.length;
    });
    req.on('end', () => {
      const echo: Echo = {
        instance: name,
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        bodyLength,
      };
      res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': name });
      res.end(JSON.stringify(echo));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  dummy.port = (server.address() as AddressInfo).port;
  dummy.kill = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return dummy;
}
