import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

const built = path.join(import.meta.dirname, '..', '..', 'dist', 'main.js');

/** The built management server, run as `node dist/main.js` exactly as the stack runs it. */
export interface ServerProcess {
  readonly url: string;
  /** Everything it printed (its JSON log lines), for the failure message. */
  printed(): string;
  /** SIGKILL: no handler runs, nothing is finished; resolves once the process is gone. */
  kill(): Promise<void>;
}

/** Starts it with `env` and waits (at most `timeoutMs`) until it answers `/healthz`. */
export async function startServerProcess(
  env: Record<string, string>,
  port: number,
  timeoutMs = 45_000,
): Promise<ServerProcess> {
  if (!existsSync(built)) {
    throw new Error(`${built} is missing: build it first (npx nx run management-server:build)`);
  }
  const child: ChildProcess = spawn(process.execPath, [built], {
    env: { PATH: process.env['PATH'] ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    printed: () => printed,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited at start:\n${printed}`);
    const ready = await fetch(`${url}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return server;
    await delay(50);
  }
  await server.kill();
  throw new Error(`the server was not ready within ${timeoutMs} ms:\n${printed}`);
}

/** Like `startServerProcess`, but SIGKILLed `afterMs` into its start (start-up recovery under way). */
export async function killDuringStart(
  env: Record<string, string>,
  port: number,
  afterMs: number,
): Promise<void> {
  if (!existsSync(built)) throw new Error(`${built} is missing`);
  const child = spawn(process.execPath, [built], {
    env: { PATH: process.env['PATH'] ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const exited = once(child, 'exit');
  await Promise.race([delay(afterMs), exited]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await exited;
}
