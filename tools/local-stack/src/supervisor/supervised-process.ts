import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { prefixLines } from './prefix-lines.js';
import type { ChildGuard } from './reaper.js';
import { restartDelayMs } from './restart-delay.js';
import { waitForHealth } from './wait-for-health.js';

export interface ProcessSpec {
  /** Shown in every report, e.g. `shopping-server#2`. */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Where the process answers when ready. */
  readonly health: { readonly host: string; readonly port: number; readonly path: string };
  /** Default 60 s. */
  readonly readyTimeoutMs?: number;
  /** How long SIGTERM is given before SIGKILL. Default 15 s (servers drain for up to 10 s). */
  readonly stopGraceMs?: number;
  /** Leads each output line; default `[name]`. */
  readonly label?: string;
  readonly stdout?: Writable;
  readonly stderr?: Writable;
  /** Told of each spawned pid and of its exit, so it can stop the child if we die first. */
  readonly guard?: ChildGuard;
}

export type ProcessEvent =
  | { readonly kind: 'ready'; readonly name: string; readonly pid: number; readonly ms: number }
  | {
      readonly kind: 'exited';
      readonly name: string;
      readonly code: number | null;
      readonly signal: string | null;
    }
  | {
      readonly kind: 'restarting';
      readonly name: string;
      readonly inMs: number;
      readonly attempt: number;
    }
  | { readonly kind: 'failed'; readonly name: string; readonly message: string };

/**
 * One child process the local stack owns. It runs in a process group of its own, so a Ctrl-C in
 * the terminal reaches only the orchestrator, which then stops children in order. After it first
 * became ready, an unexpected exit is reported and followed by a restart with growing back-off,
 * as Kubernetes restarts a crashed container; `stop()` ends that.
 */
export class SupervisedProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private stopping = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private crashes = 0;
  private readySince = 0;

  constructor(
    readonly spec: ProcessSpec,
    private readonly report: (event: ProcessEvent) => void = () => undefined,
  ) {}

  get pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null
      ? this.child.pid
      : undefined;
  }

  /** Spawns the process and resolves once it is healthy; kills it and rejects if it never is. */
  async start(): Promise<void> {
    const started = Date.now();
    this.readySince = 0;
    const child = this.spawnChild();
    const exitedEarly = new AbortController();
    child.once('exit', (code, signal) => {
      exitedEarly.abort(
        new Error(`${this.spec.name} exited (${signal ?? `code ${code}`}) before it was ready`),
      );
    });
    try {
      await waitForHealth({
        ...this.spec.health,
        timeoutMs: this.spec.readyTimeoutMs ?? 60_000,
        abort: exitedEarly.signal,
      });
    } catch (error) {
      await this.terminate();
      throw error instanceof Error ? new Error(`${this.spec.name}: ${error.message}`) : error;
    }
    this.readySince = Date.now();
    this.report({
      kind: 'ready',
      name: this.spec.name,
      pid: child.pid ?? 0,
      ms: Date.now() - started,
    });
  }

  /** SIGTERM to the process group, SIGKILL after the grace period; no restart afterwards. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    await this.terminate();
  }

  /** Synchronous last resort for `process.on('exit')`: nothing can be awaited there. */
  killNow(): void {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    signalGroup(this.child, 'SIGKILL');
  }

  private spawnChild(): ChildProcess {
    const child = spawn(this.spec.command, [...this.spec.args], {
      cwd: this.spec.cwd,
      env: this.spec.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const { pid } = child;
    if (pid !== undefined) this.spec.guard?.adopt(pid);
    this.exited = once(child, 'exit').then(
      () => undefined,
      () => undefined,
    );
    const label = this.spec.label ?? `[${this.spec.name}]`;
    if (child.stdout) prefixLines(child.stdout, this.spec.stdout ?? process.stdout, label);
    if (child.stderr) prefixLines(child.stderr, this.spec.stderr ?? process.stderr, label);
    child.once('error', () => undefined);
    child.once('exit', (code, signal) => this.onExit(child, code, signal));
    return child;
  }

  private onExit(child: ChildProcess, code: number | null, signal: string | null): void {
    // Anything the process left in its group goes with it.
    signalGroup(child, 'SIGKILL');
    if (child.pid !== undefined) this.spec.guard?.release(child.pid);
    // While starting (readySince 0) start() itself reports the failure.
    if (this.stopping || this.child !== child || this.readySince === 0) return;
    this.report({ kind: 'exited', name: this.spec.name, code, signal });
    if (Date.now() - this.readySince > 60_000) this.crashes = 0;
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    this.crashes += 1;
    const inMs = restartDelayMs(this.crashes);
    this.report({ kind: 'restarting', name: this.spec.name, inMs, attempt: this.crashes });
    this.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      this.start().catch((error: unknown) => {
        if (this.stopping) return;
        const message = error instanceof Error ? error.message : String(error);
        this.report({ kind: 'failed', name: this.spec.name, message });
        this.scheduleRestart();
      });
    }, inMs);
  }

  private async terminate(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), this.spec.stopGraceMs ?? 15_000);
    await this.exited;
    clearTimeout(timer);
  }
}

function signalGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  if (child?.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}
