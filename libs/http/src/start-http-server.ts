import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { SHUTDOWN_TIMING } from '@aneis/config';
import type { Logger } from 'winston';
import { appStateOf, markNotReady } from './app-state.js';

export type Closer = () => Promise<void>;

export interface StartHttpServerOptions {
  port: number;
  host?: string;
  logger: Logger;
  /** How long in-flight requests may run after shutdown begins. Default SHUTDOWN_TIMING (10 s). */
  graceMs?: number;
  /** Run in order once the server has stopped (close Mongo, then Redis, …). */
  onShutdown?: readonly Closer[];
  /** Called when shutdown begins, after the app's own `/readyz` turned 503. */
  markNotReady?: () => void;
  /**
   * Install SIGTERM/SIGINT handlers and the uncaught-error policy on `process`. Default true;
   * removed again once shutdown completes.
   */
  installProcessHandlers?: boolean;
  /** Ends the process after a signal- or crash-initiated shutdown. Default `process.exit`. */
  exit?: (code: number) => void;
}

export interface RunningHttpServer {
  server: Server;
  /** The bound port (useful with `port: 0`). */
  port: number;
  /**
   * Stops gracefully: readiness off, no new connections, in-flight requests finish (forced
   * closed after `graceMs`), closers run. Resolves with the exit code it would use (0 clean, 1
   * if a closer failed); calling it again returns the same promise. It does not exit the
   * process by itself: only signals and crashes do.
   */
  shutdown(reason?: string): Promise<number>;
}

const DEFAULT_GRACE_MS = SHUTDOWN_TIMING.graceMs;

/**
 * Starts listening and owns the process lifecycle.
 *
 * Uncaught errors: an `uncaughtException` or `unhandledRejection` leaves the process in an
 * unknown state, so it is logged with its stack, the server shuts down gracefully (in-flight
 * requests get the grace period) and the process exits with code 1. A second signal during
 * shutdown exits at once with code 1.
 */
export async function startHttpServer(
  app: Express,
  options: StartHttpServerOptions,
): Promise<RunningHttpServer> {
  const state = appStateOf(app);
  if (!state.finalized) {
    throw new Error('Call finalizeHttpApp(app) (or pass routes to createHttpApp) before starting');
  }
  const { logger } = options;
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const lane = state.fastLane;
  const inFlight = new Set<ServerResponse>();
  let shuttingDown = false;

  // Express' answers only, with one listener for all (no closure per request). The lane counts
  // its own: on its answers, ~30 µs of CPU each, a set entry and a listener per response cost
  // ~5 µs, as the set's table kept being rebuilt and promoted to the old generation.
  function settled(this: ServerResponse): void {
    inFlight.delete(this);
    if (shuttingDown) server.closeIdleConnections();
  }
  const inFlightCount = () => inFlight.size + (lane?.inFlight() ?? 0);
  const server = createServer((req, res) => {
    // Keep-alive clients must not reuse a connection to a server that is going away.
    if (shuttingDown) res.setHeader('Connection', 'close');
    if (lane?.answer(req, res)) return;
    inFlight.add(res);
    res.on('close', settled);
    void app(req, res);
  });

  server.listen(options.port, options.host);
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  logger.info('http server listening', { port, host: options.host ?? '::' });

  let shutdownPromise: Promise<number> | undefined;
  const shutdown = (reason = 'shutdown requested'): Promise<number> => {
    shutdownPromise ??= runShutdown(reason);
    return shutdownPromise;
  };

  const runShutdown = async (reason: string): Promise<number> => {
    shuttingDown = true;
    logger.info('shutting down', { reason, inFlight: inFlightCount(), graceMs });
    markNotReady(app);
    options.markNotReady?.();

    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const force = setTimeout(() => {
      logger.warn('grace period over, closing remaining connections', {
        inFlight: inFlightCount(),
      });
      server.closeAllConnections();
    }, graceMs);
    await closed;
    clearTimeout(force);

    let exitCode = 0;
    for (const [index, closer] of (options.onShutdown ?? []).entries()) {
      try {
        await closer();
      } catch (error) {
        exitCode = 1;
        logger.error('shutdown step failed', {
          step: index,
          error: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        });
      }
    }
    removeProcessHandlers();
    logger.info('shutdown complete', { exitCode });
    return exitCode;
  };

  const onSignal = (signal: NodeJS.Signals): void => {
    if (shutdownPromise) {
      logger.warn('second signal during shutdown, exiting now', { signal });
      exit(1);
      return;
    }
    void shutdown(signal).then(exit);
  };
  const onFatal = (error: unknown, origin: string): void => {
    logger.error('fatal error, shutting down', {
      origin,
      error: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
    void shutdown(origin).then(() => exit(1));
  };
  const onUncaughtException = (error: Error): void => onFatal(error, 'uncaughtException');
  const onUnhandledRejection = (reason: unknown): void => onFatal(reason, 'unhandledRejection');

  const installed = options.installProcessHandlers ?? true;
  function removeProcessHandlers(): void {
    if (!installed) return;
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    process.off('uncaughtException', onUncaughtException);
    process.off('unhandledRejection', onUnhandledRejection);
  }
  if (installed) {
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    process.on('uncaughtException', onUncaughtException);
    process.on('unhandledRejection', onUnhandledRejection);
  }

  return { server, port, shutdown };
}
