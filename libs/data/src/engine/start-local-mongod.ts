import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import mongoose from 'mongoose';
import { replaceFileDurably } from '../embedded/durable-file.js';
import { findFreePort, isPortFree } from './free-port.js';
import { loadDevModule } from './load-dev-module.js';
import type { MongoEngine } from './mongo-engine.js';
import { ensureSingleMemberReplicaSet } from './single-member-replica-set.js';

export interface StartLocalMongodOptions {
  /** Everything lives in `<dataDir>/mongod`: the database files, its log, the port it had. */
  readonly dataDir: string;
  /** A mongod to run; when omitted, mongodb-memory-server finds it in its cache or downloads it. */
  readonly systemBinary?: string;
  /** Told the mongod's pid as soon as it runs, so the caller can make sure it never outlives it. */
  readonly onSpawn?: (pid: number) => void;
  /** How long a start may take (a first start creates the files). Default 60 s. */
  readonly startTimeoutMs?: number;
}

export interface LocalMongod extends MongoEngine {
  readonly engine: 'mongod';
  readonly pid: number;
  readonly port: number;
  readonly version: string;
  /** The database files. */
  readonly dbPath: string;
  readonly binary: string;
  /** What happened to the replica set: a new folder is initiated, a moved port reconfigured. */
  readonly replicaSet: 'initiated' | 'reconfigured' | 'as it was';
}

export const LOCAL_REPLICA_SET = 'rs0';
const host = '127.0.0.1';

/**
 * Runs a real mongod on a data folder that outlives it: a replica set of one (so unique
 * indexes, TTL indexes and transactions are the real thing), on the port it had last time
 * when that port is free. Clients are given `w=majority&journal=true`: an acknowledged write
 * is in mongod's journal on disk. SIGTERM (what `stop()` sends) is mongod's clean shutdown.
 */
export async function startLocalMongod(options: StartLocalMongodOptions): Promise<LocalMongod> {
  const folder = join(options.dataDir, 'mongod');
  const dbPath = join(folder, 'db');
  const portFile = join(folder, 'port');
  const logFile = join(folder, 'mongod.log');
  await mkdir(dbPath, { recursive: true });
  const binary = options.systemBinary ?? (await obtainMongodBinary());
  const port = await portToUse(portFile);
  const child = spawn(
    binary,
    [
      ...['--dbpath', dbPath, '--port', String(port), '--bind_ip', host],
      ...['--replSet', LOCAL_REPLICA_SET, '--logpath', logFile, '--logappend'],
    ],
    // Its own process group: a Ctrl-C in the terminal reaches the orchestrator only, which
    // stops the servers before the database.
    { detached: true, stdio: 'ignore' },
  );
  const exited = once(child, 'exit').then(([code, signal]) => `${signal ?? `code ${code}`}`);
  child.once('error', () => undefined);
  if (child.pid === undefined) throw new Error(`could not run ${binary}`);
  options.onSpawn?.(child.pid);
  const pid = child.pid;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
  };

  const directUri = `mongodb://${host}:${port}/?directConnection=true`;
  const client = new mongoose.mongo.MongoClient(directUri, { serverSelectionTimeoutMS: 1_000 });
  try {
    const timeoutMs = options.startTimeoutMs ?? 60_000;
    await connectWhileRunning(client, exited, timeoutMs, logFile);
    const admin = client.db('admin');
    const replicaSet = await ensureSingleMemberReplicaSet(
      admin,
      LOCAL_REPLICA_SET,
      `${host}:${port}`,
      timeoutMs,
    );
    const { version } = (await admin.command({ buildInfo: 1 })) as { version: string };
    await replaceFileDurably(portFile, `${port}\n`);
    return {
      engine: 'mongod',
      uri: `mongodb://${host}:${port}/?replicaSet=${LOCAL_REPLICA_SET}&directConnection=true&w=majority&journal=true`,
      embedded: false,
      capabilities: { uniqueIndexes: true, ttlIndexes: true, transactions: true },
      pid,
      port,
      version,
      dbPath,
      binary,
      replicaSet,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await client.close().catch(() => undefined);
  }
}

/**
 * The mongod mongodb-memory-server would run: from its cache, or downloaded now (MONGOMS_*
 * variables apply). Throws when it cannot be had.
 */
export async function obtainMongodBinary(): Promise<string> {
  const { MongoBinary } = await loadDevModule(
    'mongodb-memory-server',
    () => import('mongodb-memory-server'),
    'a real mongod for the local run',
  );
  return MongoBinary.getPath();
}

async function connectWhileRunning(
  client: InstanceType<typeof mongoose.mongo.MongoClient>,
  exited: Promise<string>,
  timeoutMs: number,
  logFile: string,
): Promise<void> {
  let gone: string | undefined;
  void exited.then((how) => (gone = how));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      if (gone !== undefined || Date.now() > deadline) {
        const why = gone === undefined ? `no answer within ${timeoutMs} ms` : `it exited (${gone})`;
        throw new Error(`mongod did not start: ${why}. ${await lastLines(logFile)}`, {
          cause: error,
        });
      }
      await delay(250);
    }
  }
}

/** The port of the last run when free (the replica set names it), else any free one. */
async function portToUse(portFile: string): Promise<number> {
  const remembered = Number((await readFile(portFile, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(remembered) && remembered > 0 && (await isPortFree(host, remembered)))
    return remembered;
  return findFreePort(host);
}

async function lastLines(logFile: string): Promise<string> {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  const tail = text.trim().split('\n').slice(-5).join('\n');
  return tail === '' ? '' : `The end of ${logFile}:\n${tail}`;
}
