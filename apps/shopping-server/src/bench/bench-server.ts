import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { forkReporting, spawnNode, type BenchChild } from './child-process.js';
import { withDatabase } from './seed-catalog.js';

const PATH_ONLY = { PATH: process.env['PATH'] ?? '' };

/**
 * A fresh database for one bench run: on MONGODB_URI when set, else on CongoDB in a process of
 * its own (pushed onto `children`, so the caller stops it with the rest).
 */
export async function benchDatabase(
  work: string,
  children: BenchChild[],
  namePrefix: string,
): Promise<{ uri: string; embedded: boolean }> {
  const external = process.env['MONGODB_URI'];
  let serverUri = external;
  if (serverUri === undefined) {
    const congo = await forkReporting<{ uri: string }>(
      new URL('./congo-process.js', import.meta.url),
      [],
      { env: PATH_ONLY, logFile: path.join(work, 'congo.log') },
    );
    children.push(congo.child);
    serverUri = congo.ready.uri;
  }
  return {
    uri: withDatabase(serverUri, `${namePrefix}_${randomUUID().slice(0, 8)}`),
    embedded: external === undefined,
  };
}

export interface BenchServerOptions {
  port: number;
  mongoUri: string;
  redisUrl: string;
  /** REDIS_KEY_PREFIX of the run, so its keys can be deleted afterwards. */
  prefix: string;
  work: string;
  /** Variables for this bench on top of the production ones. */
  env: Record<string, string>;
  nodeFlags: readonly string[];
}

/** The shopping server as its container starts it: `node dist/main.js` in production mode. */
export function spawnBenchServer(options: BenchServerOptions): BenchChild {
  return spawnNode(new URL('../main.js', import.meta.url), {
    env: {
      ...PATH_ONLY,
      NODE_ENV: 'production',
      PORT: String(options.port),
      HOST: '127.0.0.1',
      MONGODB_URI: options.mongoUri,
      REDIS_URL: options.redisUrl,
      REDIS_KEY_PREFIX: options.prefix,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: options.work,
      ...options.env,
    },
    logFile: path.join(options.work, 'shopping-server.log'),
    nodeFlags: options.nodeFlags,
  });
}
