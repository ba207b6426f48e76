import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { openSync, closeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface BenchChild {
  readonly pid: number;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface ChildOptions {
  env: NodeJS.ProcessEnv;
  /** stdout and stderr go here (a file, like a container runtime's log), not through a pipe. */
  logFile: string;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeFlags?: readonly string[];
}

function wrap(child: ChildProcess, logFd: number): BenchChild {
  const exited = once(child, 'exit');
  closeSync(logFd); // the child holds its own copy
  if (child.pid === undefined) throw new Error('child process did not start');
  const pid = child.pid;
  return {
    pid,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** `node <script>` as a plain process (the server, exactly as a container would start it). */
export function spawnNode(script: URL, options: ChildOptions): BenchChild {
  const logFd = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), fileURLToPath(script)], {
    env: options.env,
    stdio: ['ignore', logFd, logFd],
  });
  return wrap(child, logFd);
}

/** A helper process that reports one JSON message over IPC once it is ready. */
export async function forkReporting<T>(
  script: URL,
  args: readonly string[],
  options: ChildOptions,
): Promise<{ child: BenchChild; ready: T }> {
  const logFd = openSync(options.logFile, 'a');
  const forked = fork(fileURLToPath(script), [...args], {
    env: options.env,
    execArgv: [...(options.nodeFlags ?? [])],
    stdio: ['ignore', logFd, logFd, 'ipc'],
  });
  const child = wrap(forked, logFd);
  const [message] = (await Promise.race([
    once(forked, 'message'),
    once(forked, 'exit').then(([code]) => {
      throw new Error(`${fileURLToPath(script)} exited with ${String(code)} before it was ready`);
    }),
  ])) as [T];
  forked.disconnect();
  return { child, ready: message };
}

/** Polls `url` until it answers 200 (e.g. `/readyz`), or fails after `timeoutMs`. */
export async function waitUntilReady(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface ProcessMemory {
  /** Resident set size now, in MiB. */
  rssMiB: number;
  /** Peak resident set size over the process' life, in MiB. */
  peakRssMiB: number;
}

/**
 * CPU time the process has used so far (user + system), in ms. On a shared machine wall-clock
 * throughput moves with the neighbours' load; CPU per request does much less.
 */
export async function cpuTimeMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 14th and 15th overall.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ: 100 on every Linux architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Read from /proc, as `ps` or the kubelet would see the process; Linux only. */
export async function memoryOf(pid: number): Promise<ProcessMemory> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
    return Number(match[1]);
  };
  return { rssMiB: kib('VmRSS') / 1024, peakRssMiB: kib('VmHWM') / 1024 };
}
