import mongoose, { type ConnectOptions, type Connection } from 'mongoose';
import { backoffDelayMs } from './backoff-delay.js';
import { MongoConnectionError } from './mongo-connection-error.js';
import { silentMongoLogger, type MongoLogger } from './mongo-logger.js';
import { redactMongoUri } from './redact-mongo-uri.js';

export interface CreateMongoConnectionOptions {
  uri: string;
  /** Database to use when the URI has none in its path (tests give each file its own). */
  dbName?: string;
  /**
   * The server is an embedded CongoDB we started (an engine descriptor's `embedded` flag).
   * CongoDB cannot serve the driver's streaming monitor: without polling the driver drops
   * and re-opens its sockets every half second.
   */
  embedded?: boolean;
  logger?: MongoLogger;
  /** Retries after the first failed attempt before `connect()` gives up. Default 5. */
  maxRetries?: number;
  /** First back-off step; doubles per retry. Default 500 ms. */
  initialDelayMs?: number;
  /** Back-off ceiling. Default 10 s. */
  maxDelayMs?: number;
  /** How long one attempt (and, later, one operation) waits for a usable server. Default 5 s. */
  serverSelectionTimeoutMS?: number;
  /** How often the driver checks the server; bounds how fast an outage is noticed. */
  heartbeatFrequencyMS?: number;
  /** `ping()` answers false after this long. Default 1 s, so /readyz stays fast. */
  pingTimeoutMs?: number;
}

export interface MongoConnection {
  /** A dedicated connection: register models on it with `connection.model(name, schema)`. */
  readonly connection: Connection;
  /** Opens the connection, retrying with back-off; resolves once usable. */
  connect(): Promise<void>;
  /** Closes the connection and stops any pending retries. Safe to call twice. */
  close(): Promise<void>;
  /** True while the driver holds a usable connection (mongoose readyState 1). */
  isReady(): boolean;
  /** Round-trips a `ping` to the server; false on error or after `pingTimeoutMs`. */
  ping(): Promise<boolean>;
}

const connectedState = 1;

export function createMongoConnection(options: CreateMongoConnectionOptions): MongoConnection {
  const logger = options.logger ?? silentMongoLogger;
  const maxRetries = options.maxRetries ?? 5;
  const backoff = {
    initialDelayMs: options.initialDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 10_000,
  };
  const pingTimeoutMs = options.pingTimeoutMs ?? 1_000;
  const safeUri = redactMongoUri(options.uri);
  const connectOptions: ConnectOptions = {
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 5_000,
    ...(options.dbName === undefined ? {} : { dbName: options.dbName }),
    ...(options.heartbeatFrequencyMS === undefined
      ? {}
      : { heartbeatFrequencyMS: options.heartbeatFrequencyMS }),
    ...(options.embedded ? { serverMonitoringMode: 'poll' as const } : {}),
  };

  const connection = mongoose.createConnection();
  let pendingConnect: Promise<void> | undefined;
  let closeRequested = false;
  let closed = false;
  const wakeSleepers = new Set<() => void>();

  // mongoose re-emits driver errors on the connection; an EventEmitter without an 'error'
  // listener would turn them into uncaught exceptions. Failed attempts of connect() are
  // reported by the retry loop itself, at the level they deserve.
  connection.on('error', (error: unknown) => {
    if (pendingConnect !== undefined) return;
    logger.error('MongoDB connection error', { uri: safeUri, error: messageOf(error) });
  });
  connection.on('disconnected', () => {
    if (!closeRequested) logger.warn('MongoDB disconnected', { uri: safeUri });
  });
  connection.on('reconnected', () => logger.info('MongoDB reconnected', { uri: safeUri }));

  async function connectWithRetries(): Promise<void> {
    const attempts = maxRetries + 1;
    for (let attempt = 1; ; attempt += 1) {
      logger.info('Connecting to MongoDB', { uri: safeUri, attempt, attempts });
      try {
        await connection.openUri(options.uri, connectOptions);
        logger.info('Connected to MongoDB', { uri: safeUri, attempt });
        return;
      } catch (error) {
        if (closeRequested)
          throw new MongoConnectionError(safeUri, attempt, 'closed while connecting');
        if (attempt >= attempts) {
          const failure = new MongoConnectionError(safeUri, attempt, error);
          logger.error('Giving up connecting to MongoDB', {
            uri: safeUri,
            attempts: attempt,
            error: failure.message,
          });
          throw failure;
        }
        const delayMs = backoffDelayMs(attempt, backoff);
        logger.warn('MongoDB connection attempt failed; retrying', {
          uri: safeUri,
          attempt,
          attempts,
          delayMs,
          error: messageOf(error),
        });
        await sleep(delayMs, wakeSleepers);
        if (closeRequested)
          throw new MongoConnectionError(safeUri, attempt, 'closed while connecting');
      }
    }
  }

  return {
    connection,
    connect() {
      closeRequested = false;
      closed = false;
      if (connection.readyState === connectedState) return Promise.resolve();
      pendingConnect ??= connectWithRetries().finally(() => {
        pendingConnect = undefined;
      });
      return pendingConnect;
    },
    async close() {
      if (closed) return;
      closeRequested = true;
      for (const wake of wakeSleepers) wake();
      await pendingConnect?.catch(() => undefined);
      await connection.close();
      closed = true;
      logger.info('MongoDB connection closed', { uri: safeUri });
    },
    isReady() {
      return connection.readyState === connectedState;
    },
    async ping() {
      const db = connection.db;
      if (closeRequested || db === undefined || connection.readyState !== connectedState) {
        return false;
      }
      const answer = db
        .admin()
        .ping()
        .then((reply) => reply['ok'] === 1)
        .catch(() => false);
      return withTimeout(answer, pingTimeoutMs, false);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number, wakeSleepers: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      wakeSleepers.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    wakeSleepers.add(wake);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
