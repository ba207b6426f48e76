interface LocalEntry {
  json: string;
  expiresAt: number;
}

export interface LocalEntries {
  /** The JSON text kept for `key`, or undefined when absent or older than the TTL. */
  get(key: string): string | undefined;
  set(key: string, json: string): void;
  delete(key: string): void;
  clear(): void;
}

/**
 * Copies of cache entries kept in this process for `ttlMs`, as the JSON text Redis holds. The
 * budget counts UTF-16 code units (what a JS string costs, give or take) and the least recently
 * used entries leave first, so a flood of distinct searches cannot grow the process.
 */
export function createLocalEntries(options: {
  ttlMs: number;
  maxChars: number;
  now: () => number;
}): LocalEntries {
  const { ttlMs, maxChars, now } = options;
  // A Map iterates in insertion order: re-inserting on every hit makes the first key the least
  // recently used one.
  const entries = new Map<string, LocalEntry>();
  let chars = 0;
  // The key last moved to the end: a run of hits on one hot key then costs no Map rewrite. It
  // may name a key removed since; a get of that key finds nothing anyway.
  let newest: string | undefined;

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    chars -= entry.json.length;
  }

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        remove(key);
        return undefined;
      }
      if (key !== newest) {
        entries.delete(key);
        entries.set(key, entry);
        newest = key;
      }
      return entry.json;
    },
    set(key, json) {
      remove(key);
      if (json.length > maxChars) return;
      entries.set(key, { json, expiresAt: now() + ttlMs });
      newest = key;
      chars += json.length;
      for (const oldest of entries.keys()) {
        if (chars <= maxChars) break;
        remove(oldest);
      }
    },
    delete: remove,
    clear() {
      entries.clear();
      chars = 0;
    },
  };
}
