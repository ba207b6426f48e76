import { createHash } from 'node:crypto';

export type ServerApp = 'shopping-server' | 'management-server';

export interface SharedServerEnv {
  readonly mongodbUri: string;
  readonly redisUrl: string;
  readonly sessionSecret: string;
  readonly dataDir: string;
  readonly mailOutboxDir: string;
  /** `http://gic-asenhoradosaneis.localhost:8080`: where both webclients are served from. */
  readonly webOrigin: string;
  /** `http://shopping.gic-asenhoradosaneis.localhost:8080`: the shopping server's host. */
  readonly shoppingOrigin: string;
  /** `http://management.gic-asenhoradosaneis.localhost:8080`: the management server's host. */
  readonly managementOrigin: string;
  /**
   * The storefront's index.html on its local static server: the shopping server renders the
   * findable pages into it and sends them with the headers that server gives it.
   */
  readonly storefrontShellUrl?: string;
}

const KEY_PREFIXES: Readonly<Record<ServerApp, string>> = {
  'shopping-server': 'shop:',
  'management-server': 'mgmt:',
};

/**
 * Redis keys of a local run are namespaced by its data folder (through its session secret), so
 * after a reset no stale session or cached catalogue of the old data is served.
 */
export function localKeyPrefix(app: ServerApp, sessionSecret: string): string {
  const runId = createHash('sha256').update(sessionSecret).digest('hex').slice(0, 8);
  return `local:${runId}:${KEY_PREFIXES[app]}`;
}

/**
 * Our webclients' origin first, then the origins the user listed in CORS_ORIGINS (comma
 * separated, e.g. where Veniqa's original webclients run), each once. The stack must not drop
 * the user's: another client pointed at these servers would fail every credentialed request.
 */
export function corsOrigins(userOrigins: string | undefined, webOrigin: string): string {
  const given = (userOrigins ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin !== '');
  return [...new Set([webOrigin, ...given])].join(',');
}

/**
 * The environment of one server instance: the caller's own (so LOG_LEVEL, rate limits, the link
 * styles and the like pass through) with what the local stack decides on top. The public
 * webclient addresses are ours unless the user names others (Veniqa's clients, for mailed links).
 */
export function serverEnv(
  base: NodeJS.ProcessEnv,
  app: ServerApp,
  port: number,
  shared: SharedServerEnv,
): NodeJS.ProcessEnv {
  // The seed step creates the superadmin; a server given only half of the pair would refuse to start.
  const { SEED_ADMIN_EMAIL: _email, SEED_ADMIN_PASSWORD: _password, ...inherited } = base;
  const own: NodeJS.ProcessEnv =
    app === 'management-server'
      ? // It invalidates the shopping server's catalogue cache, so it must know that prefix.
        { SHOPPING_REDIS_KEY_PREFIX: localKeyPrefix('shopping-server', shared.sessionSecret) }
      : shared.storefrontShellUrl
        ? { STOREFRONT_SHELL_URL: shared.storefrontShellUrl }
        : {};
  return {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    MONGODB_URI: shared.mongodbUri,
    REDIS_URL: shared.redisUrl,
    REDIS_KEY_PREFIX: localKeyPrefix(app, shared.sessionSecret),
    SESSION_SECRET: shared.sessionSecret,
    DATA_DIR: shared.dataDir,
    MAIL_OUTBOX_DIR: shared.mailOutboxDir,
    CORS_ORIGINS: corsOrigins(base['CORS_ORIGINS'], shared.webOrigin),
    PUBLIC_STOREFRONT_URL: base['PUBLIC_STOREFRONT_URL'] ?? `${shared.webOrigin}/shopping`,
    PUBLIC_ADMIN_URL: base['PUBLIC_ADMIN_URL'] ?? `${shared.webOrigin}/management`,
    // Product images are served by the management server itself, on its own host.
    PUBLIC_IMAGE_BASE_URL: `${shared.managementOrigin}/images`,
    // Only the edge router, on this machine, may vouch for a client's address.
    TRUST_PROXY: 'loopback',
    ...own,
  };
}

/** `http://<host>:<port>`, without the port when it is HTTP's own. */
export function originFor(host: string, port: number): string {
  return port === 80 ? `http://${host}` : `http://${host}:${port}`;
}
