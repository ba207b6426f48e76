import { redactMongoUri } from '../connection/redact-mongo-uri.js';
import { announceOnce } from './announce-engine.js';
import { findMongodBinary, type MongodSource } from './find-mongod-binary.js';
import { congoCapabilities, type MongoEngine, type MongoEngineName } from './mongo-engine.js';
import { withPollMonitoring } from './poll-monitoring-uri.js';
import { probeExternalEngine } from './probe-external-engine.js';
import { startCongoServer } from './start-congo-server.js';
import { startMemoryServer } from './start-memory-server.js';

export interface ResolveMongoEngineOptions {
  /** Where to read MONGODB_URI, MONGOMS_SYSTEM_BINARY and PATH from. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Receives the one line saying which engine is used. Default `console.info`. */
  print?: (line: string) => void;
  /** Tag at the start of that line. Default `test-db`. */
  label?: string;
  /** With a real mongod, start a single-node replica set (transactions work). Default true. */
  replicaSet?: boolean;
  /** Cap on the download host's DNS check. Default 2 s. */
  downloadCheckTimeoutMs?: number;
  /** Cap on asking a MONGODB_URI server what it is. Default 5 s. */
  probeTimeoutMs?: number;
  /** Host the embedded CongoDB binds to. Default 127.0.0.1. */
  host?: string;
}

/**
 * Picks the MongoDB to test against, best first: the server in MONGODB_URI, a real `mongod`
 * through mongodb-memory-server, or the embedded CongoDB wire server. Prints which one (once
 * per process) and returns its URI, what it can really do, and how to stop it.
 */
export async function resolveMongoEngine(
  options: ResolveMongoEngineOptions = {},
): Promise<MongoEngine> {
  const env = options.env ?? process.env;
  const print = options.print ?? ((line: string) => console.info(line));
  const announce = (engine: MongoEngineName, detail: string) =>
    announceOnce(`[${options.label ?? 'test-db'}] MongoDB engine: ${engine} (${detail})`, print);

  const externalUri = env['MONGODB_URI']?.trim();
  if (externalUri) {
    return useExternal(externalUri, options.probeTimeoutMs ?? 5_000, announce);
  }

  const mongod = await findMongodBinary({
    env,
    downloadCheckTimeoutMs: options.downloadCheckTimeoutMs ?? 2_000,
  });
  const notes = [...mongod.notes];
  if (mongod.available) {
    try {
      const server = await startMemoryServer({
        replicaSet: options.replicaSet ?? true,
        ...(mongod.systemBinary === undefined ? {} : { systemBinary: mongod.systemBinary }),
      });
      const shape = server.replicaSet
        ? 'single-node replica set'
        : `standalone${server.fallbackReason ? `; replica set failed: ${server.fallbackReason}` : ''}`;
      announce(
        'mongodb-memory-server',
        `real mongod from ${describeSource(mongod.source)}, ${shape}`,
      );
      return {
        engine: 'mongodb-memory-server',
        uri: server.uri,
        embedded: false,
        capabilities: { uniqueIndexes: true, ttlIndexes: true, transactions: server.replicaSet },
        stop: server.stop,
      };
    } catch (error) {
      notes.push(
        `mongodb-memory-server failed to start: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const congo = await startCongoServer(options.host === undefined ? {} : { host: options.host });
  announce(
    'congodb',
    `embedded wire server at ${congo.uri}; no mongod binary available: ${notes.join('; ')}. ` +
      'Unique indexes, TTL indexes and transactions are NOT enforced',
  );
  let stopped = false;
  return {
    engine: 'congodb',
    uri: congo.uri,
    embedded: true,
    capabilities: congoCapabilities,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await congo.stop();
    },
  };
}

async function useExternal(
  uri: string,
  probeTimeoutMs: number,
  announce: (engine: MongoEngineName, detail: string) => void,
): Promise<MongoEngine> {
  const shown = `MONGODB_URI=${redactMongoUri(uri)}`;
  const probe = await probeExternalEngine(uri, probeTimeoutMs);
  const stop = async () => undefined;
  if (!probe.reachable) {
    announce(
      'external',
      `${shown}; not reachable yet (${probe.reason}); assuming a standalone MongoDB`,
    );
    return {
      engine: 'external',
      uri,
      embedded: false,
      capabilities: { uniqueIndexes: true, ttlIndexes: true, transactions: false },
      stop,
    };
  }
  announce('external', `${shown}; ${probe.description}`);
  return {
    engine: 'external',
    uri: probe.congo ? withPollMonitoring(uri) : uri,
    embedded: probe.congo,
    capabilities: probe.capabilities,
    stop,
  };
}

function describeSource(source: MongodSource): string {
  switch (source) {
    case 'MONGOMS_SYSTEM_BINARY':
      return 'MONGOMS_SYSTEM_BINARY';
    case 'PATH':
      return 'PATH';
    case 'cache':
      return 'the mongodb-memory-server cache';
    case 'download':
      return 'a download';
  }
}
