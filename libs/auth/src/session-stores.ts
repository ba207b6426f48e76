import session, { type Store } from 'express-session';
import type { Redis } from 'ioredis';
import { createMemorySessionRegistry } from './memory-session-registry.js';
import { createSessionRegistry, type SessionRegistry } from './session-registry.js';

export interface SessionStores {
  registry: SessionRegistry;
  /** Set without Redis (REDIS_URL=memory://): where sessions live, for the app and the registry. */
  memoryStore: Store | undefined;
}

export interface SessionStoresOptions {
  redis: Redis | undefined;
  sessionPrefix: string;
  indexPrefix?: string;
}

/**
 * Where a server's sessions live and how they are revoked: in Redis under `sessionPrefix`, or,
 * without Redis, in one in-process store shared by the session middleware and the registry (the
 * registry can only revoke sessions it can see).
 */
export function sessionStoresFor(options: SessionStoresOptions): SessionStores {
  const { redis, sessionPrefix, indexPrefix } = options;
  if (redis) {
    const registry = createSessionRegistry({
      redis,
      sessionPrefix,
      ...(indexPrefix === undefined ? {} : { indexPrefix }),
    });
    return { registry, memoryStore: undefined };
  }
  const memoryStore = new session.MemoryStore();
  return { registry: createMemorySessionRegistry({ store: memoryStore }), memoryStore };
}
