/**
 * Whether the server answered recently. Flips to unreachable when a request gets no answer
 * (or the edge router says the server is down), back to reachable on the next answer.
 * Framework-free so both webclients (and tests) can watch it.
 */
export interface Reachability {
  readonly reachable: boolean;
  markReachable(): void;
  markUnreachable(): void;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (reachable: boolean) => void): () => void;
}

export function createReachability(initiallyReachable = true): Reachability {
  let reachable = initiallyReachable;
  const listeners = new Set<(reachable: boolean) => void>();
  const set = (next: boolean) => {
    if (next === reachable) return;
    reachable = next;
    for (const listener of listeners) listener(next);
  };
  return {
    get reachable() {
      return reachable;
    },
    markReachable: () => set(true),
    markUnreachable: () => set(false),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
