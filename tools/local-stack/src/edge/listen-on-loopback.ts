import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackListener {
  readonly port: number;
  close(graceMs: number): Promise<void>;
}

/**
 * Listens on 127.0.0.1 and, when the machine has it, on ::1 with the same port: browsers resolve
 * `*.localhost` to either, and nothing outside this machine should reach a development shop.
 */
export async function listenOnLoopback(
  listener: RequestListener,
  port: number,
): Promise<LoopbackListener> {
  const ipv4 = await listen(createServer(listener), '127.0.0.1', port);
  const boundPort = (ipv4.address() as AddressInfo).port;
  const servers: Server[] = [ipv4];
  try {
    servers.push(await listen(createServer(listener), '::1', boundPort));
  } catch {
    // No IPv6 loopback here (or the port is taken on it): IPv4 alone still serves every client.
  }
  for (const server of servers) {
    // Bounds how long a client may take to send its request, so none holds a socket for ever.
    server.requestTimeout = 60_000;
    server.headersTimeout = 20_000;
  }
  return {
    port: boundPort,
    close: (graceMs) =>
      Promise.all(servers.map((s) => closeServer(s, graceMs))).then(() => undefined),
  };
}

function listen(server: Server, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, ipv6Only: host === '::1' }, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
