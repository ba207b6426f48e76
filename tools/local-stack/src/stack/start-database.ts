import { join } from 'node:path';
import {
  findMongodBinary,
  obtainMongodBinary,
  redactMongoUri,
  startEmbeddedMongo,
  startLocalMongod,
  type LocalMongod,
  type MongodSource,
} from '@aneis/data';
import type { ChildGuard } from '../supervisor/reaper.js';
import {
  forgetDownloadFailure,
  recentDownloadFailure,
  rememberDownloadFailure,
} from './mongod-download-memo.js';
import { hasEmbeddedData, hasMongodData, moveEmbeddedDataInto } from './move-embedded-data.js';
import type { StackSettings } from './stack-settings.js';

export type StackDatabaseEngine = 'external' | 'mongod' | 'embedded' | 'memory';

export interface StackDatabase {
  readonly engine: StackDatabaseEngine;
  readonly uri: string;
  /** The database's own process, when the stack started one (mongod). */
  readonly pid?: number;
  /** For the start-up summary, one line each: what runs, its data, why not a better engine. */
  readonly summary: readonly string[];
  stop(): Promise<void>;
}

export interface StartDatabaseOptions {
  readonly settings: Pick<StackSettings, 'mongodbUri' | 'dataDir' | 'databaseEngine'>;
  readonly env: NodeJS.ProcessEnv;
  readonly print: (line: string) => void;
  /** Keeps a mongod from outliving the caller. */
  readonly guard?: ChildGuard;
}

/**
 * The local run's database, best first: MONGODB_URI; else a real mongod (a binary on this
 * machine, or one mongodb-memory-server has or can download) keeping its data in
 * DATA_DIR/mongod; else the embedded engine in DATA_DIR/mongo. The description says which and
 * why the better ones were passed over. A data folder a mongod wrote is never silently
 * replaced by an empty embedded shop: the start is refused instead.
 */
export async function startDatabase(options: StartDatabaseOptions): Promise<StackDatabase> {
  const { settings, print } = options;
  const { dataDir } = settings;
  if (settings.mongodbUri !== undefined) {
    return {
      engine: 'external',
      uri: settings.mongodbUri,
      summary: [`MONGODB_URI (${redactMongoUri(settings.mongodbUri)}); the stack starts none`],
      stop: async () => undefined,
    };
  }
  if (settings.databaseEngine === 'embedded') {
    return startEmbedded(dataDir, print, ['LOCAL_DB_ENGINE=embedded asks for it']);
  }
  if (settings.databaseEngine === 'memory') {
    const memory = await startEmbeddedMongo({ print });
    return {
      engine: 'memory',
      uri: memory.uri,
      summary: [
        `embedded CongoDB at ${memory.uri.replace(/\?.*$/, '')}, data in memory only`,
        'LOCAL_DB_ENGINE=memory: NOTHING is kept; everything is lost when the stack stops',
      ],
      stop: () => memory.stop(),
    };
  }
  const found = await findMongodBinary({ env: options.env, downloadCheckTimeoutMs: 2_000 });
  const passedOver = [...found.notes];
  const failedDownload = await recentDownloadFailure(dataDir);
  if (found.available && found.source === 'download' && failedDownload !== undefined) {
    passedOver.push(
      `a mongod download failed at ${failedDownload.at} (${failedDownload.reason}); not tried ` +
        `again before ${failedDownload.retryAfter} (delete ${failedDownload.file} to try now)`,
    );
  } else if (found.available) {
    try {
      const mongod = await startMongod(options, found.systemBinary, found.source);
      return await describeMongod(mongod, found.source, dataDir, print);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (hasMongodData(dataDir) || settings.databaseEngine === 'mongod') {
        throw new Error(`a real mongod was found but could not run: ${message}`, { cause: error });
      }
      passedOver.push(`a real mongod could not run: ${message}`);
    }
  }
  if (settings.databaseEngine === 'mongod') {
    throw new Error(`LOCAL_DB_ENGINE=mongod, but no mongod can be had: ${passedOver.join('; ')}`);
  }
  if (hasMongodData(dataDir)) {
    throw new Error(
      `${join(dataDir, 'mongod')} holds the shop's data, kept by a real mongod, and no mongod ` +
        `can be had now (${passedOver.join('; ')}). Point MONGOMS_SYSTEM_BINARY at a mongod, or ` +
        'start with LOCAL_DB_ENGINE=embedded to use the embedded engine and its own, separate data.',
    );
  }
  return startEmbedded(dataDir, print, passedOver);
}

async function startMongod(
  options: StartDatabaseOptions,
  systemBinary: string | undefined,
  source: MongodSource,
): Promise<LocalMongod> {
  const { dataDir } = options.settings;
  let binary = systemBinary;
  if (binary === undefined) {
    if (source === 'download') options.print('downloading a mongod (once; it is cached)…');
    try {
      binary = await obtainMongodBinary();
    } catch (error) {
      if (source === 'download') {
        await rememberDownloadFailure(
          dataDir,
          error instanceof Error ? error.message : String(error),
        );
      }
      throw error;
    }
    if (source === 'download') await forgetDownloadFailure(dataDir);
  }
  return startLocalMongod({
    dataDir,
    systemBinary: binary,
    ...(options.guard === undefined ? {} : { onSpawn: (pid) => options.guard?.adopt(pid) }),
  });
}

async function describeMongod(
  mongod: LocalMongod,
  source: MongodSource,
  dataDir: string,
  print: (line: string) => void,
): Promise<StackDatabase> {
  if (mongod.replicaSet === 'initiated' && (await hasEmbeddedData(dataDir))) {
    try {
      const moved = await moveEmbeddedDataInto(dataDir, mongod.uri);
      print(
        `the embedded engine's data (${moved.documents} documents) was copied into mongod; ` +
          `its old files are kept in ${moved.keptIn}`,
      );
    } catch (error) {
      await mongod.stop();
      throw error;
    }
  }
  const from = {
    MONGOMS_SYSTEM_BINARY: 'MONGOMS_SYSTEM_BINARY',
    PATH: 'PATH',
    cache: "mongodb-memory-server's cache",
    download: 'a download',
  }[source];
  return {
    engine: 'mongod',
    uri: mongod.uri,
    pid: mongod.pid,
    summary: [
      `real mongod ${mongod.version} (from ${from}) at 127.0.0.1:${mongod.port}, data in ${mongod.dbPath}`,
      'a replica set of one: unique indexes and transactions are real; writes acknowledged once journaled',
    ],
    stop: () => mongod.stop(),
  };
}

async function startEmbedded(
  dataDir: string,
  print: (line: string) => void,
  passedOver: readonly string[],
): Promise<StackDatabase> {
  const embedded = await startEmbeddedMongo({ dataDir, print });
  return {
    engine: 'embedded',
    uri: embedded.uri,
    summary: [
      `embedded CongoDB at ${embedded.uri.replace(/\?.*$/, '')}, data in ${join(dataDir, 'mongo')}`,
      'journaled: every write is on disk before it is acknowledged; unique indexes and transactions are NOT enforced',
      `no real mongod: ${passedOver.join('; ')}`,
    ],
    stop: () => embedded.stop(),
  };
}
