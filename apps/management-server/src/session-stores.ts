import {
  createMemorySessionRegistry,
  createSessionRegistry,
  type SessionRegistry,
} from '@aneis/auth';
import { createMemorySessionStore } from '@aneis/http';
import type { Redis } from 'ioredis';
import type { redisKeysOf } from './redis-keys.js';

export interface SessionStores {
  registry: SessionRegistry;
  /** Set without Redis (REDIS_URL=memory://): where sessions live, for the app and the registry. */
  memoryStore: ReturnType<typeof createMemorySessionStore> | undefined;
}

/** Admin sessions in Redis under our prefixes, or, without Redis, in one in-process store. */
export function sessionStoresFor(
  redis: Redis | undefined,
  keys: ReturnType<typeof redisKeysOf>,
): SessionStores {
  if (redis) {
    const registry = createSessionRegistry({
      redis,
      sessionPrefix: keys.sessions,
      indexPrefix: keys.sessionIndex,
    });
    return { registry, memoryStore: undefined };
  }
  const memoryStore = createMemorySessionStore();
  return { registry: createMemorySessionRegistry({ store: memoryStore }), memoryStore };
}
