/**
 * The servers' REDIS_URL value for "no Redis" (see @aneis/config): sessions, rate limits and
 * cache stay inside each server process.
 */
export const IN_MEMORY_REDIS_URL = 'memory://';

export interface RedisChoiceInput {
  /** REDIS_URL as the user gave it (or the default). */
  readonly redisUrl: string;
  /** Whether that Redis answered PING (never asked for memory://). */
  readonly reachable: boolean;
  /** Instances of each server asked for (`--replicas`). */
  readonly replicas: number;
}

export interface RedisChoice {
  /** What the servers get as REDIS_URL. */
  readonly redisUrl: string;
  readonly inMemory: boolean;
  /** Instances of each server actually run. */
  readonly replicas: number;
  /** Lines to print, so the choice is never silent. */
  readonly notices: readonly string[];
}

/**
 * Redis when it answers; otherwise the servers' in-process mode. That mode keeps sessions and
 * rate-limit counters inside one process, so a second instance behind the round-robin edge
 * would not know the first one's sessions: exactly one instance of each server then runs.
 */
export function chooseRedis(input: RedisChoiceInput): RedisChoice {
  const asked = input.redisUrl === IN_MEMORY_REDIS_URL;
  if (!asked && input.reachable) {
    return {
      redisUrl: input.redisUrl,
      inMemory: false,
      replicas: input.replicas,
      notices: [`Redis: ${input.redisUrl} is reachable`],
    };
  }
  const notices = [
    (asked
      ? `Redis: REDIS_URL=${IN_MEMORY_REDIS_URL}, no Redis is used. `
      : `Redis: NOT reachable at ${input.redisUrl}, so the servers run with ` +
        `REDIS_URL=${IN_MEMORY_REDIS_URL}. `) +
      'Sessions, rate limits and cache are in-process (sign-ins end when a server stops; the ' +
      'catalogue is read from the database each time). Start redis-server or set REDIS_URL for ' +
      'the full shop.',
  ];
  if (input.replicas > 1) {
    notices.push(
      `Replicas: ${input.replicas} asked, running 1 of each server: in-process sessions cannot ` +
        'be shared between instances.',
    );
  }
  return { redisUrl: IN_MEMORY_REDIS_URL, inMemory: true, replicas: 1, notices };
}
