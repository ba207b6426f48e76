import { Redis, type RedisOptions } from 'ioredis';
import { guardCommands } from './command-guard.js';
import { logConnectionChanges } from './connection-log.js';
import type { Logger } from './logger.js';
import { reconnectDelay } from './reconnect-delay.js';

export interface SentinelAddress {
  host: string;
  port: number;
}

export interface RedisClientOptions {
  /** `redis://[:password@]host:port[/db]`. Required unless `sentinels` are given. */
  url?: string;
  /** Prepended by ioredis to every key this client touches, e.g. `shop:`. */
  keyPrefix?: string;
  /** When given, the master is found through these Sentinels instead of `url`. */
  sentinels?: SentinelAddress[];
  /** The Sentinel master group name; required with `sentinels`. */
  sentinelName?: string;
  /** Used when the URL carries none (and always in Sentinel mode, for the Sentinels too). */
  password?: string;
  logger?: Logger;
  /** Connect on the first command (or an explicit `connect()`) instead of at once. */
  lazyConnect?: boolean;
  /** Upper bound on any single command, queued or sent (see `guardCommands`). Default 1000 ms. */
  commandTimeoutMs?: number;
}

const defaultCommandTimeoutMs = 1_000;

/**
 * An ioredis client tuned for a web server that must keep serving while Redis is away: commands
 * fail fast instead of piling up, a Redis that stops answering trips a breaker (see
 * `guardCommands`), and the client reconnects in the background for as long as the process lives.
 */
export function createRedisClient(options: RedisClientOptions): Redis {
  const common: RedisOptions = {
    keyPrefix: options.keyPrefix,
    lazyConnect: options.lazyConnect ?? false,
    retryStrategy: reconnectDelay,
    // A command survives at most one reconnect attempt (enough to ride out a Sentinel failover
    // or a Redis restart that is already done), then fails so the caller can degrade.
    maxRetriesPerRequest: 1,
    // Commands issued in one turn of the event loop (the rate-limit checks, session reads and
    // cache reads of every request that turn parsed) travel as one pipeline: one write system
    // call instead of one per command.
    enableAutoPipelining: true,
    // After a Sentinel failover the old master turns replica and refuses writes; reconnecting
    // makes the client ask the Sentinels for the new master.
    reconnectOnError: (error) => error.message.startsWith('READONLY'),
    // Queue commands only until the first connection attempt settles (see below), so that
    // commands issued while the server boots wait for the connection instead of failing.
    enableOfflineQueue: true,
  };

  const client = options.sentinels
    ? new Redis({
        ...common,
        sentinels: options.sentinels,
        name: requireSentinelName(options.sentinelName),
        password: options.password,
        // the Sentinels require the same password as Redis (deploy's sentinel-start.sh)
        sentinelPassword: options.password,
      })
    : new Redis(requireUrl(options.url), { ...common, password: options.password });

  const target = describeTarget(options);
  logConnectionChanges(client, target, options.logger);
  // Not ioredis' `commandTimeout`: its verdict ignores answers that arrived while this process'
  // event loop was busy.
  guardCommands(client, {
    timeoutMs: options.commandTimeoutMs ?? defaultCommandTimeoutMs,
    target,
    logger: options.logger,
  });
  stopQueueingAfterFirstAttempt(client);
  return client;
}

/**
 * Once the first connection attempt has either succeeded or failed, commands issued while Redis is
 * unreachable are rejected at once ("Stream isn't writeable") instead of waiting in the offline
 * queue. During an outage a queued command would hold its HTTP request open for a reconnect cycle
 * before failing anyway; rejecting at once lets the cache fall through to the database and the
 * session layer answer 503 immediately. ioredis reads the option on every command, so switching it
 * here takes effect for the life of the client.
 */
function stopQueueingAfterFirstAttempt(client: Redis): void {
  const stopQueueing = (): void => {
    client.options.enableOfflineQueue = false;
    client.off('ready', stopQueueing);
    client.off('close', stopQueueing);
  };
  client.on('ready', stopQueueing);
  client.on('close', stopQueueing);
}

function requireUrl(url: string | undefined): string {
  if (!url) throw new Error('createRedisClient: give a url, or sentinels and sentinelName');
  return url;
}

function requireSentinelName(name: string | undefined): string {
  if (!name) throw new Error('createRedisClient: sentinels need a sentinelName (master group)');
  return name;
}

/** Where the client points, for log lines: never the password. */
function describeTarget(options: RedisClientOptions): string {
  if (options.sentinels) return `sentinel:${options.sentinelName ?? '?'}`;
  try {
    const url = new URL(options.url ?? '');
    return `${url.hostname}:${url.port || '6379'}`;
  } catch {
    return 'redis';
  }
}
