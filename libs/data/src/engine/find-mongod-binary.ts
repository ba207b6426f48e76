import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { lookup } from 'node:dns/promises';
import { delimiter, join } from 'node:path';
import { loadDevModule } from './load-dev-module.js';

export type MongodSource = 'MONGOMS_SYSTEM_BINARY' | 'PATH' | 'cache' | 'download';

export type MongodAvailability =
  | { available: true; source: MongodSource; systemBinary?: string; notes: string[] }
  | { available: false; notes: string[] };

export interface FindMongodOptions {
  env: NodeJS.ProcessEnv;
  /** Cap on the download host's DNS lookup: offline machines must not pay a long timeout. */
  downloadCheckTimeoutMs: number;
}

const defaultDownloadHost = 'fastdl.mongodb.org';

/**
 * Where mongodb-memory-server could get a real `mongod`, cheapest first. `notes` says why each
 * earlier option was passed over, for the one line that tells people which engine they got.
 */
export async function findMongodBinary(options: FindMongodOptions): Promise<MongodAvailability> {
  const { env } = options;
  const notes: string[] = [];

  const systemBinary = env['MONGOMS_SYSTEM_BINARY'];
  if (systemBinary) {
    if (await isExecutable(systemBinary)) {
      return { available: true, source: 'MONGOMS_SYSTEM_BINARY', systemBinary, notes };
    }
    notes.push(`MONGOMS_SYSTEM_BINARY=${systemBinary} is not an executable file`);
  }

  const onPath = await findOnPath('mongod', env['PATH'] ?? '');
  if (onPath !== undefined) {
    return { available: true, source: 'PATH', systemBinary: onPath, notes };
  }
  notes.push('no mongod on PATH');

  let memoryServer: typeof import('mongodb-memory-server');
  try {
    memoryServer = await loadDevModule(
      'mongodb-memory-server',
      () => import('mongodb-memory-server'),
      'a real mongod for tests',
    );
  } catch (error) {
    notes.push(error instanceof Error ? error.message : String(error));
    return { available: false, notes };
  }

  const { DryMongoBinary } = memoryServer;
  const cached = await DryMongoBinary.locateBinary(DryMongoBinary.getEnsuredOptions()).catch(
    () => undefined,
  );
  if (cached !== undefined) return { available: true, source: 'cache', notes };
  notes.push('no mongod in the mongodb-memory-server cache');

  if (isDisabled(env['MONGOMS_RUNTIME_DOWNLOAD'])) {
    notes.push('download disabled by MONGOMS_RUNTIME_DOWNLOAD');
    return { available: false, notes };
  }
  const host = downloadHost(env);
  const reachable = await resolvesWithin(host, options.downloadCheckTimeoutMs);
  if (reachable === true) return { available: true, source: 'download', notes };
  notes.push(`download host ${host} unreachable (${reachable})`);
  return { available: false, notes };
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function findOnPath(command: string, pathVariable: string): Promise<string | undefined> {
  for (const directory of pathVariable.split(delimiter)) {
    if (directory === '') continue;
    const candidate = join(directory, command);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isDisabled(flag: string | undefined): boolean {
  return flag !== undefined && ['false', '0', 'no', 'off'].includes(flag.trim().toLowerCase());
}

function downloadHost(env: NodeJS.ProcessEnv): string {
  const configured = env['MONGOMS_DOWNLOAD_URL'] || env['MONGOMS_DOWNLOAD_MIRROR'];
  if (!configured) return defaultDownloadHost;
  try {
    return new URL(configured).hostname;
  } catch {
    return defaultDownloadHost;
  }
}

/** True when the name resolves in time, else a short reason (error code or "timeout"). */
async function resolvesWithin(host: string, timeoutMs: number): Promise<true | string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no DNS answer within ${timeoutMs} ms`), timeoutMs);
    timer.unref();
  });
  const answer = lookup(host).then(
    () => true as const,
    (error: NodeJS.ErrnoException) => error.code ?? error.message,
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
