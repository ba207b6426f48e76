import type { Redis } from 'ioredis';

/**
 * Reads a namespace's version and one entry of that version in one round trip. The entry key is
 * built inside the script from the version it just read, so the two can never disagree. It is
 * derived from KEYS[1] (which carries the client's key prefix) rather than declared: fine on a
 * single Redis or behind Sentinel, not on Redis Cluster, where it could live in another slot.
 * A missing version is seeded with ARGV[1] (see `seedVersion`).
 */
const READ_ENTRY_SCRIPT = `
local version = redis.call('GET', KEYS[1])
if not version then
  version = ARGV[1]
  redis.call('SET', KEYS[1], version)
end
local base = string.sub(KEYS[1], 1, -8)
return { version, redis.call('GET', base .. 'v' .. version .. ':' .. ARGV[2]) }
`;

const READ_ENTRY_COMMAND = 'aneisCacheReadEntry';

type ReadEntryReply = [version: string, json?: string | null];
type ReadEntryCommand = (versionKey: string, seed: string, key: string) => Promise<ReadEntryReply>;

/** Defines the script once per client; ioredis then sends EVALSHA, loading it when needed. */
function readEntryCommand(redis: Redis): ReadEntryCommand {
  const commands = redis as unknown as Record<string, ReadEntryCommand | undefined>;
  if (typeof commands[READ_ENTRY_COMMAND] !== 'function') {
    redis.defineCommand(READ_ENTRY_COMMAND, { numberOfKeys: 1, lua: READ_ENTRY_SCRIPT });
  }
  const command = commands[READ_ENTRY_COMMAND];
  if (typeof command !== 'function') throw new Error('could not define the cache read script');
  return command.bind(redis);
}

export interface VersionedEntry {
  /** The entry's full key under the namespace's current version. */
  entryKey: string;
  /** The stored JSON text, or undefined on a miss. */
  json: string | undefined;
}

/**
 * Keys of one cache namespace. Entry keys embed the namespace's current version, so bumping the
 * version (INCR) makes every process miss on its next read without deleting anything or sending
 * any message; the old entries simply expire.
 *
 * The version is read from Redis on every access, together with the entry (one round trip),
 * rather than remembered in the process: a copy kept even for a second would let this process
 * serve data another process has just invalidated. A cache may opt into that trade-off
 * explicitly (see `localTtlMs` of `createCache`).
 */
export function namespaceKeys(redis: Redis, namespace: string) {
  const prefix = `cache:${namespace}:`;
  const versionKey = `${prefix}version`;
  const readEntry = readEntryCommand(redis);
  const entryKeyOf = (version: string, key: string) => `${prefix}v${version}:${key}`;

  async function currentVersion(): Promise<string> {
    const version = await redis.get(versionKey);
    if (version !== null) return version;
    await seedVersion();
    const seeded = await redis.get(versionKey);
    if (seeded === null) throw new Error(`cache version key ${versionKey} vanished`);
    return seeded;
  }

  /**
   * The first version is the current time, not 0 or 1: if the version key is ever lost (flush,
   * eviction) while old entries survive, counting up again from a small number could land on the
   * version of those old entries and bring them back to life.
   */
  async function seedVersion(): Promise<void> {
    await redis.set(versionKey, String(Date.now()), 'NX');
  }

  return {
    async entryKey(key: string): Promise<string> {
      return entryKeyOf(await currentVersion(), key);
    },
    /** The current version's entry for `key`, read with the version in one round trip. */
    async read(key: string): Promise<VersionedEntry> {
      const [version, json] = await readEntry(versionKey, String(Date.now()), key);
      return { entryKey: entryKeyOf(version, key), json: json ?? undefined };
    },
    async bumpVersion(): Promise<void> {
      await seedVersion();
      await redis.incr(versionKey);
    },
  };
}
