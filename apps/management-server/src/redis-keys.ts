/** The Redis key prefixes this server owns, all under the configured `REDIS_KEY_PREFIX`. */
export function redisKeysOf(prefix: string) {
  return {
    sessions: `${prefix}sess:`,
    sessionIndex: `${prefix}sess-by-user:`,
    rateLimit: `${prefix}rl:`,
    authRateLimit: `${prefix}rl-auth:`,
    loginAttempts: `${prefix}login-attempts:`,
    cache: prefix,
  };
}
