import type { Redis } from 'ioredis';

export interface SessionRegistryOptions {
  redis: Redis;
  /** The session store's key prefix (connect-redis `prefix`), e.g. `shop:sess:`. */
  sessionPrefix: string;
  /**
   * Prefix of the per-user sets of session ids. Default: the session prefix with `-by-user:`
   * instead of its trailing colon (`shop:sess:` → `shop:sess-by-user:`). It must not start with
   * the session prefix, or the store would mistake the sets for sessions.
   */
  indexPrefix?: string;
}

/**
 * Remembers which sessions belong to which user (a Redis set per user), so that a password
 * reset or an admin losing approval can end every session of that user at once.
 *
 * The sets carry no TTL (a rolling session can outlive any fixed one); instead, ids whose session
 * key has expired are pruned whenever the user logs in again.
 */
export interface SessionRegistry {
  track(userId: string, sessionId: string): Promise<void>;
  untrack(userId: string, sessionId: string): Promise<void>;
  /** Ids of the user's sessions that still exist in the store. */
  sessionIds(userId: string): Promise<string[]>;
  /** Deletes the user's sessions (except `keepSessionId`) and returns how many existed. */
  revokeUser(userId: string, options?: { keepSessionId?: string }): Promise<number>;
}

export function createSessionRegistry(options: SessionRegistryOptions): SessionRegistry {
  const { redis, sessionPrefix } = options;
  const indexPrefix = options.indexPrefix ?? `${sessionPrefix.replace(/:+$/, '')}-by-user:`;
  if (sessionPrefix === '' || indexPrefix.startsWith(sessionPrefix)) {
    throw new Error(
      `Session index prefix "${indexPrefix}" would fall inside the session prefix "${sessionPrefix}"; pass indexPrefix`,
    );
  }
  const indexKey = (userId: string): string => `${indexPrefix}${userId}`;
  const sessionKey = (sessionId: string): string => `${sessionPrefix}${sessionId}`;

  const liveAndStale = async (userId: string): Promise<{ live: string[]; stale: string[] }> => {
    const members = await redis.smembers(indexKey(userId));
    if (members.length === 0) return { live: [], stale: [] };
    const pipeline = redis.pipeline();
    for (const id of members) pipeline.exists(sessionKey(id));
    const results = (await pipeline.exec()) ?? [];
    const live: string[] = [];
    const stale: string[] = [];
    members.forEach((id, i) => {
      const [error, exists] = results[i] ?? [null, 0];
      if (error) throw error;
      (exists === 1 ? live : stale).push(id);
    });
    return { live, stale };
  };

  return {
    async track(userId, sessionId) {
      await redis.sadd(indexKey(userId), sessionId);
      const { stale } = await liveAndStale(userId);
      const prunable = stale.filter((id) => id !== sessionId);
      if (prunable.length > 0) await redis.srem(indexKey(userId), ...prunable);
    },
    async untrack(userId, sessionId) {
      await redis.srem(indexKey(userId), sessionId);
    },
    async sessionIds(userId) {
      return (await liveAndStale(userId)).live;
    },
    async revokeUser(userId, revokeOptions = {}) {
      const members = await redis.smembers(indexKey(userId));
      const targets = members.filter((id) => id !== revokeOptions.keepSessionId);
      if (targets.length === 0) return 0;
      // Remove only the ids we read: a login racing with us keeps its fresh session tracked.
      const results = await redis
        .multi()
        .del(...targets.map(sessionKey))
        .srem(indexKey(userId), ...targets)
        .exec();
      const [error, deleted] = results?.[0] ?? [null, 0];
      if (error) throw error;
      return typeof deleted === 'number' ? deleted : 0;
    },
  };
}

/** Ends every session of a user (password reset, admin disapproval). Returns how many existed. */
export function revokeUserSessions(redis: Redis, prefix: string, userId: string): Promise<number> {
  return createSessionRegistry({ redis, sessionPrefix: prefix }).revokeUser(userId);
}
