/**
 * The one line a server logs at start when REDIS_URL=memory:// (no Redis): what it changes, and
 * why only one process per server may then run.
 */
export const IN_PROCESS_STATE_WARNING =
  'REDIS_URL=memory://: sessions, rate limits and cache are in-process (no Redis): run ONE ' +
  'process of this server; sessions end when it stops. For development only.';
