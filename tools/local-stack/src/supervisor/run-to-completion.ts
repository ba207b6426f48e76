import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { prefixLines } from './prefix-lines.js';
import type { ChildGuard } from './reaper.js';

export interface RunResult {
  readonly code: number | null;
  /** Everything the process wrote to stdout and stderr. */
  readonly output: string;
}

/** Runs a one-off command (a seed script) with prefixed output; killed if it outlives `timeoutMs`. */
export function runToCompletion(
  command: string,
  args: readonly string[],
  options: {
    env: NodeJS.ProcessEnv;
    cwd: string;
    label: string;
    timeoutMs: number;
    guard?: ChildGuard;
    stdout?: Writable;
    stderr?: Writable;
  },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        output += chunk;
      });
    }
    prefixLines(child.stdout, options.stdout ?? process.stdout, options.label);
    prefixLines(child.stderr, options.stderr ?? process.stderr, options.label);
    const { pid } = child;
    if (pid !== undefined) options.guard?.adopt(pid);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    const killOnExit = (): void => {
      child.kill('SIGKILL');
    };
    process.on('exit', killOnExit);
    child.once('error', (error) => {
      clearTimeout(timer);
      process.off('exit', killOnExit);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      process.off('exit', killOnExit);
      if (pid !== undefined) options.guard?.release(pid);
      resolve({ code, output });
    });
  });
}
