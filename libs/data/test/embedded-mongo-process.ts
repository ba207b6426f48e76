import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const fixture = join(import.meta.dirname, 'fixtures', 'embedded-mongo-process.mjs');
const built = join(import.meta.dirname, '..', 'dist', 'index.js');

export interface EmbeddedMongoProcess {
  readonly uri: string;
  readonly child: ChildProcess;
  /** What the database printed (its start-up line, notices). */
  printed(): string;
  /** SIGKILL: no handler runs, nothing is flushed; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the clean stop (final compaction). */
  stop(): Promise<void>;
}

/** Runs the embedded database (the built library) in a process of its own on `dataDir`. */
export async function startEmbeddedMongoProcess(
  dataDir: string,
  compactIntervalMs = 60_000,
): Promise<EmbeddedMongoProcess> {
  if (!existsSync(built)) {
    throw new Error(`${built} is missing: build the library first (npx nx run data:build)`);
  }
  const child = spawn(process.execPath, [fixture, dataDir, String(compactIntervalMs)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = once(child, 'exit');
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    void exited.then(() => reject(new Error(`the database process exited:\n${printed}`)));
  });
  const { uri } = JSON.parse(await firstLine) as { uri: string };
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    uri,
    child,
    printed: () => printed,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}
