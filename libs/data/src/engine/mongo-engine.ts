/** `mongod`: a real one the local run keeps on a data folder (not a throw-away test server). */
export type MongoEngineName = 'external' | 'mongodb-memory-server' | 'mongod' | 'congodb';

/** What the engine really does; CongoDB accepts these commands but silently ignores them. */
export interface MongoEngineCapabilities {
  uniqueIndexes: boolean;
  transactions: boolean;
  ttlIndexes: boolean;
}

/** Plain data about an engine: safe to pass between processes (vitest `provide`). */
export interface MongoEngineInfo {
  engine: MongoEngineName;
  /** Server URI (no database in its path); already carries the options the engine needs. */
  uri: string;
  /**
   * The server is a CongoDB (one we started, or one found behind MONGODB_URI): clients must
   * poll it. Pass it on to `createMongoConnection({ embedded })`; the URI also carries it.
   */
  embedded: boolean;
  capabilities: MongoEngineCapabilities;
}

export interface MongoEngine extends MongoEngineInfo {
  /** Stops the server if this process started it; a no-op for an external one. */
  stop(): Promise<void>;
}

export const congoCapabilities: MongoEngineCapabilities = {
  uniqueIndexes: false,
  transactions: false,
  ttlIndexes: false,
};
