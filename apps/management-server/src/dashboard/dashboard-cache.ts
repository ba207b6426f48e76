/**
 * Keeps the last dashboard for a few seconds, so managers refreshing together cost one
 * aggregation. Order changes made through this process drop it at once; changes elsewhere
 * (new orders on the shopping server) show within the TTL.
 */
export function createBriefCache<T>(ttlMs: number, now: () => number = Date.now) {
  let entry: { value: Promise<T>; at: number } | undefined;
  return {
    get(load: () => Promise<T>): Promise<T> {
      if (entry && now() - entry.at < ttlMs) return entry.value;
      const value = load();
      entry = { value, at: now() };
      value.catch(() => {
        entry = undefined;
      });
      return value;
    },
    clear(): void {
      entry = undefined;
    },
  };
}
