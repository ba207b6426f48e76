import type { Server, ServerResponse } from 'node:http';
import type { WebsiteLogger } from './website-logger.js';

export interface GracefulShutdownOptions {
  /** How long in-flight requests may still run before their connections are cut. */
  graceMs: number;
  logger: WebsiteLogger;
}

export interface GracefulShutdown {
  readonly shuttingDown: boolean;
  /**
   * Stops accepting connections, lets in-flight requests finish, closes idle keep-alive
   * connections, and cuts whatever is left once the grace period is over. Resolves when the
   * server is closed; calling it again returns the same promise.
   */
  shutdown(reason: string): Promise<void>;
}

/** Tracks in-flight responses of `server` so that stopping it never drops a started request. */
export function trackForGracefulShutdown(
  server: Server,
  options: GracefulShutdownOptions,
): GracefulShutdown {
  const inFlight = new Set<ServerResponse>();
  let shuttingDown = false;
  let closing: Promise<void> | undefined;

  server.on('request', (_request, response: ServerResponse) => {
    // A client must not reuse a keep-alive connection to a server that is going away.
    if (shuttingDown) response.setHeader('Connection', 'close');
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      if (shuttingDown) server.closeIdleConnections();
    });
  });

  const close = async (reason: string): Promise<void> => {
    shuttingDown = true;
    options.logger.info('shutting down', {
      reason,
      inFlight: inFlight.size,
      graceMs: options.graceMs,
    });
    for (const response of inFlight) {
      if (!response.headersSent) response.setHeader('Connection', 'close');
    }
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const cutOff = setTimeout(() => {
      options.logger.warn('grace period over, closing remaining connections', {
        inFlight: inFlight.size,
      });
      server.closeAllConnections();
    }, options.graceMs);
    await closed;
    clearTimeout(cutOff);
    options.logger.info('shutdown complete');
  };

  return {
    get shuttingDown() {
      return shuttingDown;
    },
    shutdown(reason) {
      closing ??= close(reason);
      return closing;
    },
  };
}
