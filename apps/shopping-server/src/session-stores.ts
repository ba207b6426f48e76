import {
  createMemorySessionRegistry,
  createSessionRegistry,
  type SessionRegistry,
} from '@aneis/auth';
import type { Redis } from '@aneis/cache';
import { createMemorySessionStore } from '@aneis/http';

export interface SessionStores {
  registry: SessionRegistry;
  /** Set without Redis (REDIS_URL=memory://): where sessions live, for the app and the registry. */
  memoryStore: ReturnType<typeof createMemorySessionStore> | undefined;
}

/** Sessions in Redis under `sessionPrefix`, or, without Redis, in one in-process store. */
export function sessionStoresFor(redis: Redis | undefined, sessionPrefix: string): SessionStores {
  if (redis) {
    return { registry: createSessionRegistry({ redis, sessionPrefix }), memoryStore: undefined };
  }
  const memoryStore = createMemorySessionStore();
  return { registry: createMemorySessionRegistry({ store: memoryStore }), memoryStore };
}
