import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** Makes sure a child process never outlives the one that started it. */
export interface ChildGuard {
  adopt(pid: number): void;
  release(pid: number): void;
}

/**
 * The orchestrator's side of the reaper (see reaper-process.ts): started first, told of every
 * child, closed last. Its pipe is unreferenced, so it never keeps the orchestrator alive.
 */
export class Reaper implements ChildGuard {
  private constructor(private readonly process: ChildProcess) {}

  static start(graceMs = 15_000): Reaper {
    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, 'reaper-process.js'), String(graceMs)],
      { detached: true, stdio: ['pipe', 'ignore', 'ignore'] },
    );
    child.unref();
    child.stdin?.on('error', () => undefined);
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    return new Reaper(child);
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  adopt(pid: number): void {
    this.tell(`+${pid}`);
  }

  release(pid: number): void {
    this.tell(`-${pid}`);
  }

  /**
   * Done: the reaper stops whatever is still listed (nothing, after a clean stop) and exits;
   * resolves once it has (so "no process left behind" is true when the caller says it).
   */
  async close(): Promise<void> {
    const child = this.process;
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.ref();
    const exited = once(child, 'exit');
    child.stdin?.end();
    await Promise.race([exited, delay(20_000, undefined, { ref: false })]);
  }

  private tell(line: string): void {
    const stdin = this.process.stdin;
    if (stdin && !stdin.destroyed && stdin.writable) stdin.write(`${line}\n`);
  }
}
