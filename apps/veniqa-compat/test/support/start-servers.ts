import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { killLeftovers, workspaceRoot } from '@aneis/e2e-support';

/** The pages Veniqa's two webclients are served from in development (their vue.config.js). */
export const VENIQA_SHOP_ORIGIN = 'http://localhost:5201';
export const VENIQA_ADMIN_ORIGIN = 'http://localhost:5202';

export interface ServerPair {
  readonly shoppingApi: string;
  readonly managementApi: string;
  readonly outboxDir: string;
  readonly admin: { readonly email: string; readonly password: string };
  /** Every Redis key of both servers starts with it. */
  readonly keyPrefix: string;
  stop(): Promise<void>;
  /** The last lines both servers printed, for failure messages. */
  output(): string;
}

export interface ServerPairOptions {
  readonly mongodbUri: string;
  readonly redisUrl: string;
  /** Extra environment for the shopping server (the Stripe stand-in). */
  readonly shoppingEnv?: Record<string, string>;
}

const SERVERS = {
  shopping: 'apps/shopping-server/dist/main.js',
  management: 'apps/management-server/dist/main.js',
  demoCatalogue: 'apps/management-server/dist/seed/demo-data-cli.js',
} as const;

/**
 * Both built servers as a user runs them next to Veniqa's webclients: one database, one Redis
 * (a key prefix of their own), mail written to an outbox folder, and CORS_ORIGINS naming the
 * pages the Veniqa clients are served from, so their Origin passes the servers' guard. The
 * management server seeds its superadmin and reference data; the demo catalogue is seeded as the
 * local stack does.
 */
export async function startServerPair(options: ServerPairOptions): Promise<ServerPair> {
  const root = workspaceRoot();
  const dataDir = await mkdtemp(join(tmpdir(), 'veniqa-compat-'));
  const run = randomBytes(4).toString('hex');
  const [shopPort, adminPort] = [await freePort(), await freePort()];
  const shoppingApi = `http://127.0.0.1:${shopPort}`;
  const managementApi = `http://127.0.0.1:${adminPort}`;
  const admin = { email: 'admin@veniqa-compat.example', password: 'Compat-admin-2024' };
  const keyPrefix = `test:compat-${run}:`;
  const shopPrefix = `${keyPrefix}shop:`;
  const common = {
    PATH: process.env['PATH'] ?? '',
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    MONGODB_URI: options.mongodbUri,
    REDIS_URL: options.redisUrl,
    SESSION_SECRET: `veniqa-compat-session-secret-${run}-0123456789`,
    DATA_DIR: dataDir,
    MAIL_OUTBOX_DIR: join(dataDir, 'outbox'),
    CORS_ORIGINS: `${VENIQA_SHOP_ORIGIN},${VENIQA_ADMIN_ORIGIN}`,
    PUBLIC_STOREFRONT_URL: VENIQA_SHOP_ORIGIN,
    PUBLIC_ADMIN_URL: VENIQA_ADMIN_ORIGIN,
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    BCRYPT_COST: '10',
    LOG_LEVEL: 'warn',
  };
  const managementEnv = {
    ...common,
    PORT: String(adminPort),
    REDIS_KEY_PREFIX: `${keyPrefix}mgmt:`,
    SHOPPING_REDIS_KEY_PREFIX: shopPrefix,
    PUBLIC_IMAGE_BASE_URL: `${managementApi}/images`,
    SEED_ADMIN_EMAIL: admin.email,
    SEED_ADMIN_PASSWORD: admin.password,
  };
  const shoppingEnv = {
    ...common,
    PORT: String(shopPort),
    REDIS_KEY_PREFIX: shopPrefix,
    // Veniqa's clients price with its model: tariffs by destination and the service charge.
    VENIQA_TARIFFS_AND_SERVICE_CHARGE: 'true',
    ...options.shoppingEnv,
  };

  let output = '';
  const collect = (label: string) => (chunk: Buffer) => {
    output = (output + chunk.toString().replace(/^/gm, `[${label}] `)).slice(-20_000);
  };
  const children: ChildProcess[] = [];
  const launch = (label: string, script: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, [join(root, script)], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', collect(label));
    child.stderr?.on('data', collect(label));
    children.push(child);
    return child;
  };

  const stop = async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) =>
        child.exitCode === null
          ? Promise.race([
              new Promise((done) => child.once('exit', done)),
              delay(15_000, undefined, { ref: false }),
            ])
          : undefined,
      ),
    );
    killLeftovers(children.flatMap((child) => (child.pid === undefined ? [] : [child.pid])));
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    // The management server first: it writes the reference data and the superadmin.
    launch('management', SERVERS.management, managementEnv);
    await waitReady(managementApi, () => output);
    const seed = launch('demo-catalogue', SERVERS.demoCatalogue, managementEnv);
    const code = await new Promise<number | null>((done) => seed.once('exit', done));
    if (code !== 0) throw new Error(`the demo catalogue seed failed (exit ${code})`);
    launch('shopping', SERVERS.shopping, shoppingEnv);
    await waitReady(shoppingApi, () => output);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output.slice(-6000)}`);
  }

  return {
    shoppingApi,
    managementApi,
    outboxDir: common.MAIL_OUTBOX_DIR,
    admin,
    keyPrefix,
    stop,
    output: () => output,
  };
}

async function waitReady(base: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await delay(300);
  }
  throw new Error(`${base} did not become ready:\n${output().slice(-4000)}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
