import { once, type EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trackForGracefulShutdown } from './graceful-shutdown.js';
import type { Site } from './load-site.js';
import { createWebsiteHandler } from './website-handler.js';
import type { WebsiteLogger } from './website-logger.js';

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

export interface StartWebsiteServerOptions {
  site: Site;
  logger: WebsiteLogger;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** How long in-flight requests may run once shutdown begins. Default 10 s. */
  graceMs?: number;
  /**
   * Where SIGTERM and SIGINT come from: `process` by default, any emitter in tests, or `null`
   * to leave signals alone and stop only through `shutdown()`.
   */
  signals?: EventEmitter | null;
  /** Ends the process after a signal-initiated shutdown. Default `process.exit`. */
  exit?: (code: number) => void;
}

export interface RunningWebsiteServer {
  server: Server;
  port: number;
  /** `http://host:port`, for logs and tests. */
  url: string;
  /** Graceful stop without exiting: see `GracefulShutdown.shutdown`. */
  shutdown(reason?: string): Promise<void>;
}

/** Listens, serves the site, and stops gracefully on SIGTERM/SIGINT with exit code 0. */
export async function startWebsiteServer(
  options: StartWebsiteServerOptions,
): Promise<RunningWebsiteServer> {
  const { logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals === undefined ? process : options.signals;
  const server = createServer();
  const graceful = trackForGracefulShutdown(server, {
    graceMs: options.graceMs ?? 10_000,
    logger,
  });
  server.on(
    'request',
    createWebsiteHandler({
      site: options.site,
      logger,
      isShuttingDown: () => graceful.shuttingDown,
    }),
  );
  // Traefik keeps idle upstream connections for 90 s; closing ours sooner races its reuse of
  // them and shows up as sporadic 502s. Stay open a little longer than the proxy does.
  server.keepAliveTimeout = 95_000;
  server.headersTimeout = 96_000;

  server.listen(options.port, options.host);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  logger.info('website listening', { url, files: options.site.size });

  const onSignal = (signal: string) => {
    if (graceful.shuttingDown) {
      logger.warn('already shutting down', { signal });
      return;
    }
    void graceful.shutdown(signal).then(() => {
      removeSignalHandlers();
      exit(0);
    });
  };
  const removeSignalHandlers = () => {
    for (const signal of SHUTDOWN_SIGNALS) signals?.off(signal, onSignal);
  };
  for (const signal of SHUTDOWN_SIGNALS) signals?.on(signal, onSignal);

  return {
    server,
    port: address.port,
    url,
    shutdown: async (reason = 'shutdown requested') => {
      await graceful.shutdown(reason);
      removeSignalHandlers();
    },
  };
}
