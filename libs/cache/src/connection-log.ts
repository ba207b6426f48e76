import type { Redis } from 'ioredis';
import type { Logger } from './logger.js';

type ConnectionState = 'starting' | 'up' | 'down' | 'closed';

const closedOnPurpose = new WeakSet<Redis>();

/** Marks a client whose end is intended, so its closing is not reported as an outage. */
export function markClosedOnPurpose(client: Redis): void {
  closedOnPurpose.add(client);
}

/**
 * Reports connection state changes, not events: while Redis is down ioredis emits an `error` and
 * a `reconnecting` for every attempt, and a log line per attempt would bury everything else.
 * The `error` listener is attached even without a logger because ioredis prints an "Unhandled
 * error event" line to stderr for every failed attempt when nobody listens.
 */
export function logConnectionChanges(client: Redis, target: string, logger?: Logger): void {
  let state: ConnectionState = 'starting';

  client.on('ready', () => {
    if (state === 'up') return;
    logger?.info(state === 'down' ? 'redis reconnected' : 'redis connected', { target });
    state = 'up';
  });

  client.on('error', (error: unknown) => {
    if (state === 'down' || state === 'closed') return;
    logger?.error('redis unavailable, reconnecting in the background', {
      target,
      error: error instanceof Error ? error.message : String(error),
    });
    state = 'down';
  });

  // `reconnecting` only fires when ioredis will try again, so a deliberate quit never shows up
  // here; a connection that drops without an error event (server closed it) does.
  client.on('reconnecting', () => {
    if (state !== 'up') return;
    logger?.warn('redis connection lost, reconnecting', { target });
    state = 'down';
  });

  client.on('end', () => {
    if (state === 'closed') return;
    const onPurpose = closedOnPurpose.has(client);
    if (onPurpose) logger?.info('redis connection closed', { target });
    else logger?.error('redis connection ended and will not reconnect', { target });
    state = 'closed';
  });
}
