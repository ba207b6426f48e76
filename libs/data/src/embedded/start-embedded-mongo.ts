import { join } from 'node:path';
import { silentMongoLogger, type MongoLogger } from '../connection/mongo-logger.js';
import { loadDevModule } from '../engine/load-dev-module.js';
import { congoCapabilities, type MongoEngine } from '../engine/mongo-engine.js';
import { startCongoServer } from '../engine/start-congo-server.js';
import { DurableCongoData, dataFilesIn, type DurabilityOptions } from './durable-congo-data.js';
import type { RecoveryReport } from './recover-congo-data.js';

export interface StartEmbeddedMongoOptions {
  /** Data is kept under `<dataDir>/mongo`; omit it to keep everything in memory. */
  dataDir?: string;
  /** Default: a free port. Give one to keep the URI stable across restarts. */
  port?: number;
  host?: string;
  /** When the journal is compacted into a new snapshot; see `DurabilityOptions`. */
  durability?: Pick<DurabilityOptions, 'compactAfterBytes' | 'compactIntervalMs'>;
  /** Receives the start-up line and any notice about repaired data. Default `console.info`. */
  print?: (line: string) => void;
  /** Receives failures of the journal and of background compactions. */
  logger?: MongoLogger;
}

export interface EmbeddedMongo extends MongoEngine {
  engine: 'congodb';
  port: number;
  /** The snapshot file, or undefined when the data lives in memory only. */
  snapshotFile: string | undefined;
  /** What was found in the data folder at start (undefined in memory). */
  recovery: RecoveryReport | undefined;
  /** Compacts now: a fresh snapshot, older journal files deleted. `stop()` does it too. */
  save(): Promise<void>;
}

/**
 * The database of the local run: a CongoDB wire server. With a data folder, every change is
 * written to a journal and synced before its command is answered, and the journal is folded
 * into a snapshot from time to time, so an acknowledged write survives any crash.
 */
export async function startEmbeddedMongo(
  options: StartEmbeddedMongoOptions = {},
): Promise<EmbeddedMongo> {
  const print = options.print ?? ((line: string) => console.info(line));
  const logger = options.logger ?? silentMongoLogger;
  const folder = options.dataDir === undefined ? undefined : join(options.dataDir, 'mongo');
  const { congodb } = await loadDevModule(
    '@push.rocks/smartmongo',
    () => import('@push.rocks/smartmongo'),
    'the embedded CongoDB server',
  );
  const bson = congodb.plugins.bson;
  let data: DurableCongoData | undefined;
  const server = await startCongoServer({
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.port === undefined ? {} : { port: options.port }),
    prepare: async (storage, congoServer) => {
      if (folder === undefined) return undefined;
      const recovery = await DurableCongoData.recover(folder, storage, bson);
      const attached = await DurableCongoData.attach(congoServer, storage, bson, recovery, folder, {
        ...options.durability,
        onJournalFailure: (error) =>
          logger.error('The embedded MongoDB cannot write its journal; it refuses every command', {
            folder,
            error: error.message,
          }),
        onCompactionFailure: (error) =>
          logger.error('Could not compact the embedded MongoDB journal (nothing is lost)', {
            folder,
            error: error.message,
          }),
      });
      data = attached;
      return () => attached.abandon();
    },
  });
  const recovery = data?.recovery;
  print(startLine(server.uri, folder, recovery));
  for (const notice of recovery?.notices ?? []) print(`[local-db] NOTICE: ${notice}`);

  let stopping: Promise<void> | undefined;
  return {
    engine: 'congodb',
    uri: server.uri,
    embedded: true,
    capabilities: congoCapabilities,
    port: server.port,
    snapshotFile: folder === undefined ? undefined : dataFilesIn(folder).snapshot,
    recovery,
    save: async () => {
      await data?.compact();
    },
    stop: () => {
      stopping ??= (async () => {
        // Server first, so no write lands after the last compaction; the memory storage keeps
        // its content after the server stops.
        try {
          await server.stop();
        } finally {
          await data?.close();
        }
      })();
      return stopping;
    },
  };
}

function startLine(uri: string, folder: string | undefined, recovery?: RecoveryReport): string {
  const head = `[local-db] MongoDB engine: congodb (embedded wire server at ${uri}; `;
  if (folder === undefined || recovery === undefined) {
    return `${head}data in memory only, lost on stop)`;
  }
  const { documents, replayed } = recovery;
  return (
    `${head}data in ${folder}, every write synced to its journal before it is acknowledged; ` +
    `${documents} document${documents === 1 ? '' : 's'} restored` +
    (replayed > 0
      ? `, ${replayed} change${replayed === 1 ? '' : 's'} replayed from the journal`
      : '') +
    ')'
  );
}
