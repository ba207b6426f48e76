import { createServer } from 'node:net';

/**
 * A port nothing listens on right now. Another process could take it before the child binds it;
 * on a developer's machine that race is rare enough, and the child then fails loudly at start.
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host, port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
