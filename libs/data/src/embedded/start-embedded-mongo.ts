import { join } from 'node:path';
import { silentMongoLogger, type MongoLogger } from '../connection/mongo-logger.js';
import { loadDevModule } from '../engine/load-dev-module.js';
import { congoCapabilities, type MongoEngine } from '../engine/mongo-engine.js';
import { startCongoServer } from '../engine/start-congo-server.js';
import { CongoSnapshot } from './congo-snapshot.js';

export interface StartEmbeddedMongoOptions {
  /** Data is kept under `<dataDir>/mongo`; omit it to keep everything in memory. */
  dataDir?: string;
  /** Default: a free port. Give one to keep the URI stable across restarts. */
  port?: number;
  host?: string;
  /** How often changed data is written out, besides on stop. Default 5 s. */
  saveIntervalMs?: number;
  /** Receives the start-up line. Default `console.info`. */
  print?: (line: string) => void;
  /** Receives failures of the periodic save. */
  logger?: MongoLogger;
}

export interface EmbeddedMongo extends MongoEngine {
  engine: 'congodb';
  port: number;
  /** The snapshot file, or undefined when the data lives in memory only. */
  snapshotFile: string | undefined;
  /** Writes the data out now (when persisted); `stop()` does it too. */
  save(): Promise<void>;
}

/**
 * The database of the local run: a CongoDB wire server, persisted to disk when a data folder
 * is given so that the shop keeps its catalogue and orders between runs.
 */
export async function startEmbeddedMongo(
  options: StartEmbeddedMongoOptions = {},
): Promise<EmbeddedMongo> {
  const print = options.print ?? ((line: string) => console.info(line));
  const logger = options.logger ?? silentMongoLogger;
  const snapshotFile =
    options.dataDir === undefined ? undefined : join(options.dataDir, 'mongo', 'congodb.ejson');
  const { congodb } = await loadDevModule(
    '@push.rocks/smartmongo',
    () => import('@push.rocks/smartmongo'),
    'the embedded CongoDB server',
  );

  let snapshot: CongoSnapshot | undefined;
  let restored = 0;
  const server = await startCongoServer({
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.port === undefined ? {} : { port: options.port }),
    prepare: async (storage) => {
      if (snapshotFile === undefined) return;
      snapshot = new CongoSnapshot(snapshotFile, storage, congodb.plugins.bson.EJSON);
      restored = await snapshot.restore();
    },
  });

  const saveIntervalMs = options.saveIntervalMs ?? 5_000;
  const timer =
    snapshot === undefined
      ? undefined
      : setInterval(() => {
          snapshot?.save().catch((error: unknown) => {
            logger.error('Could not save the embedded MongoDB data', {
              file: snapshotFile,
              error: error instanceof Error ? error.message : String(error),
            });
          });
        }, saveIntervalMs);
  timer?.unref();

  print(
    `[local-db] MongoDB engine: congodb (embedded wire server at ${server.uri}; ` +
      (snapshotFile === undefined
        ? 'data in memory only, lost on stop)'
        : `data persisted to ${snapshotFile}, saved every ${saveIntervalMs / 1000} s and on stop; ` +
          `${restored} document${restored === 1 ? '' : 's'} restored)`),
  );

  let stopping: Promise<void> | undefined;
  return {
    engine: 'congodb',
    uri: server.uri,
    embedded: true,
    capabilities: congoCapabilities,
    port: server.port,
    snapshotFile,
    save: async () => {
      await snapshot?.save();
    },
    stop: () => {
      stopping ??= (async () => {
        clearInterval(timer);
        // Server first, so no write lands after the last save; the memory storage keeps
        // its content after the server stops.
        try {
          await server.stop();
        } finally {
          await snapshot?.save();
        }
      })();
      return stopping;
    },
  };
}
