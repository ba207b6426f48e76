import type { congodb } from '@push.rocks/smartmongo';
import { findFreePort } from './free-port.js';
import { loadDevModule } from './load-dev-module.js';
import { withPollMonitoring } from './poll-monitoring-uri.js';

export type CongoServer = InstanceType<typeof congodb.CongoServer>;
export type CongoStorage = ReturnType<CongoServer['getStorage']>;

export interface StartCongoServerOptions {
  host?: string;
  /** A fixed port (e.g. to restart on the same one); a free port when omitted. */
  port?: number;
  /**
   * Runs on the fresh server and its storage before it accepts connections (restoring data,
   * making writes durable). What it returns is called if that server then fails to listen.
   */
  prepare?: (storage: CongoStorage, server: CongoServer) => Promise<(() => Promise<void>) | void>;
}

export interface StartedCongoServer {
  host: string;
  port: number;
  /** Server URI with `serverMonitoringMode=poll` already in it. */
  uri: string;
  storage: CongoStorage;
  stop(): Promise<void>;
}

const freePortAttempts = 5;

export async function startCongoServer(
  options: StartCongoServerOptions = {},
): Promise<StartedCongoServer> {
  const { congodb: congo } = await loadDevModule(
    '@push.rocks/smartmongo',
    () => import('@push.rocks/smartmongo'),
    'the embedded CongoDB server',
  );
  const host = options.host ?? '127.0.0.1';

  for (let attempt = 1; ; attempt += 1) {
    // CongoServer reports the port it was given, not the one bound, so port 0 cannot be used:
    // reserve a free port, release it, and retry if someone grabbed it in between.
    const port = options.port ?? (await findFreePort(host));
    const server = new congo.CongoServer({ host, port });
    const storage = server.getStorage();
    const undo = await options.prepare?.(storage, server);
    try {
      await server.start();
    } catch (error) {
      await undo?.();
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (inUse && options.port === undefined && attempt < freePortAttempts) continue;
      throw error;
    }
    return {
      host,
      port,
      uri: withPollMonitoring(`mongodb://${host}:${port}/`),
      storage,
      stop: () => server.stop(),
    };
  }
}
