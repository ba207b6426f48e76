import type { SessionRegistry } from './session-registry.js';

/**
 * The part of an express-session store the registry needs (its MemoryStore fits), so this lib
 * does not depend on express-session.
 */
export interface InProcessSessionStore {
  get(sessionId: string, callback: (error: unknown, session?: unknown) => void): void;
  destroy(sessionId: string, callback?: (error?: unknown) => void): void;
}

export interface MemorySessionRegistryOptions {
  /** The very store the session middleware uses (REDIS_URL=memory://). */
  store: InProcessSessionStore;
}

function exists(store: InProcessSessionStore, sessionId: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    store.get(sessionId, (error, session) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(session !== undefined && session !== null);
    });
  });
}

function destroy(store: InProcessSessionStore, sessionId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    store.destroy(sessionId, (error) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    });
  });
}

/**
 * `createSessionRegistry` without Redis: the same contract over an in-process session store, for
 * a single process (REDIS_URL=memory://). Expired sessions are pruned as with Redis, when the
 * user logs in again.
 */
export function createMemorySessionRegistry(
  options: MemorySessionRegistryOptions,
): SessionRegistry {
  const { store } = options;
  const byUser = new Map<string, Set<string>>();
  const idsOf = (userId: string): Set<string> => {
    let ids = byUser.get(userId);
    if (!ids) {
      ids = new Set();
      byUser.set(userId, ids);
    }
    return ids;
  };
  const forget = (userId: string, sessionIds: readonly string[]): void => {
    const ids = byUser.get(userId);
    if (!ids) return;
    for (const id of sessionIds) ids.delete(id);
    if (ids.size === 0) byUser.delete(userId);
  };
  const liveAndStale = async (userId: string): Promise<{ live: string[]; stale: string[] }> => {
    const members = [...(byUser.get(userId) ?? [])];
    const found = await Promise.all(members.map((id) => exists(store, id)));
    return {
      live: members.filter((_, i) => found[i]),
      stale: members.filter((_, i) => !found[i]),
    };
  };

  return {
    async track(userId, sessionId) {
      idsOf(userId).add(sessionId);
      const { stale } = await liveAndStale(userId);
      forget(
        userId,
        stale.filter((id) => id !== sessionId),
      );
    },
    async untrack(userId, sessionId) {
      forget(userId, [sessionId]);
    },
    async sessionIds(userId) {
      return (await liveAndStale(userId)).live;
    },
    async revokeUser(userId, revokeOptions = {}) {
      const targets = [...(byUser.get(userId) ?? [])].filter(
        (id) => id !== revokeOptions.keepSessionId,
      );
      const { live } = await liveAndStale(userId);
      forget(userId, targets);
      await Promise.all(targets.map((id) => destroy(store, id)));
      return targets.filter((id) => live.includes(id)).length;
    },
  };
}
