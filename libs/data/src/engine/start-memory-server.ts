import { loadDevModule } from './load-dev-module.js';

export interface StartMemoryServerOptions {
  /** A mongod to use as is; when omitted, mongodb-memory-server finds or downloads one. */
  systemBinary?: string;
  /** Try a single-node replica set first (transactions work), else start a standalone. */
  replicaSet: boolean;
}

export interface StartedMemoryServer {
  uri: string;
  replicaSet: boolean;
  /** Why a requested replica set fell back to a standalone server, if it did. */
  fallbackReason?: string;
  stop(): Promise<void>;
}

/** Starts a real `mongod` through mongodb-memory-server (throws if it cannot). */
export async function startMemoryServer(
  options: StartMemoryServerOptions,
): Promise<StartedMemoryServer> {
  const { MongoMemoryReplSet, MongoMemoryServer } = await loadDevModule(
    'mongodb-memory-server',
    () => import('mongodb-memory-server'),
    'a real mongod for tests',
  );
  const binary = options.systemBinary === undefined ? {} : { systemBinary: options.systemBinary };
  let fallbackReason: string | undefined;

  if (options.replicaSet) {
    try {
      const replSet = await MongoMemoryReplSet.create({
        binary,
        replSet: { count: 1, storageEngine: 'wiredTiger' },
      });
      return {
        uri: replSet.getUri(),
        replicaSet: true,
        stop: async () => {
          await replSet.stop();
        },
      };
    } catch (error) {
      fallbackReason = error instanceof Error ? error.message : String(error);
    }
  }

  const server = await MongoMemoryServer.create({ binary });
  return {
    uri: server.getUri(),
    replicaSet: false,
    ...(fallbackReason === undefined ? {} : { fallbackReason }),
    stop: async () => {
      await server.stop();
    },
  };
}
