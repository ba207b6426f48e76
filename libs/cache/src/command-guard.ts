import { Command, type Redis } from 'ioredis';
import type { Logger } from './logger.js';

/**
 * Why a command failed without an answer from Redis: it did not answer in time, or the breaker
 * is open because it has stopped answering. Callers degrade (the cache reads through, the
 * session layer answers 503) exactly as for ioredis' own connection errors.
 */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

export interface CommandGuardOptions {
  /** A command Redis has not answered within this long fails (see `guardCommands`). */
  timeoutMs: number;
  /** Timeouts in a row, with no answer between them, that open the breaker. Default 2. */
  timeoutsToOpen?: number;
  /** While the breaker is open, how often a PING asks whether Redis answers again. Default 200. */
  probeIntervalMs?: number;
  /** Where the client points, for log lines. */
  target: string;
  logger?: Logger | undefined;
}

export interface CommandGuard {
  /** True while commands fail at once because Redis stopped answering. */
  readonly open: boolean;
}

const guards = new WeakMap<Redis, CommandGuard>();

/** True while `client`'s breaker is open (commands refused at once); false for other clients. */
export function isRedisBreakerOpen(client: Redis): boolean {
  return guards.get(client)?.open ?? false;
}

const DEFAULT_TIMEOUTS_TO_OPEN = 2;
const DEFAULT_PROBE_INTERVAL_MS = 200;

/**
 * Puts a deadline and a circuit breaker on every command of `client` (plain, pipelined and
 * auto-pipelined commands all pass through `sendCommand`).
 *
 * - **The deadline reflects Redis, not this process.** ioredis' own `commandTimeout` fires
 *   in the timers phase, before the poll phase reads the socket, so after the event loop was
 *   blocked for longer than the timeout it fails commands whose answers have already arrived.
 *   Here the timer only starts the verdict: it is given after the next poll phase (setImmediate),
 *   once whatever Redis already sent has been read.
 * - **A frozen Redis costs one timeout, not one per request.** After `timeoutsToOpen` timeouts in
 *   a row, while the connection still looks ready (a frozen or black-holed Redis keeps its TCP
 *   connection), commands fail at once. One PING at a time then asks every `probeIntervalMs`;
 *   the first answer (even to a PING sent while Redis was frozen) closes the breaker, and so does
 *   a new connection. A Redis that is down is not the breaker's business: ioredis already fails
 *   commands at once while it reconnects.
 */
export function guardCommands(client: Redis, options: CommandGuardOptions): CommandGuard {
  const timeoutsToOpen = options.timeoutsToOpen ?? DEFAULT_TIMEOUTS_TO_OPEN;
  const probeIntervalMs = options.probeIntervalMs ?? DEFAULT_PROBE_INTERVAL_MS;
  const send = client.sendCommand.bind(client);
  let timeoutsInARow = 0;
  let open = false;
  let probeTimer: NodeJS.Timeout | undefined;
  let probing = false;

  function close(reason: string): void {
    if (!open) return;
    open = false;
    timeoutsInARow = 0;
    clearInterval(probeTimer);
    probeTimer = undefined;
    options.logger?.info('redis answers again, commands flow', { target: options.target, reason });
  }

  function probe(): void {
    if (probing || client.status !== 'ready') return;
    probing = true;
    const ping = new Command('ping', [], { replyEncoding: 'utf8' });
    send(ping);
    ping.promise.then(
      () => {
        probing = false;
        close('a PING was answered');
      },
      () => {
        probing = false;
      },
    );
  }

  function opened(): void {
    open = true;
    options.logger?.warn('redis is not answering, commands fail at once until it does', {
      target: options.target,
      timeoutMs: options.timeoutMs,
    });
    probeTimer = setInterval(probe, probeIntervalMs);
    // A breaker waiting for Redis never keeps a stopping process alive.
    probeTimer.unref();
  }

  function watch(command: Command): void {
    setTimeout(() => {
      // The poll phase that follows reads anything Redis already sent.
      setImmediate(() => {
        if (command.isSettled) {
          timeoutsInARow = 0;
          return;
        }
        command.reject(
          new RedisUnavailableError(`Redis did not answer within ${options.timeoutMs} ms`),
        );
        timeoutsInARow += 1;
        if (!open && timeoutsInARow >= timeoutsToOpen && client.status === 'ready') opened();
      });
    }, options.timeoutMs);
  }

  client.sendCommand = (command, stream) => {
    if (open && client.status === 'ready') {
      command.reject(
        new RedisUnavailableError('Redis is not answering; failing at once until it does'),
      );
      return command.promise;
    }
    const result = send(command, stream);
    if (!command.isSettled) watch(command);
    return result;
  };
  client.on('ready', () => close('reconnected'));
  client.on('end', () => clearInterval(probeTimer));

  const guard: CommandGuard = {
    get open() {
      return open;
    },
  };
  guards.set(client, guard);
  return guard;
}
