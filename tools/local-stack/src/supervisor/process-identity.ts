import { readFileSync } from 'node:fs';

/**
 * A process as a pid plus when it started: a pid alone is reused by the system, so "pid 1234
 * is alive" does not prove that the process which wrote a file long ago still runs.
 */
export interface ProcessIdentity {
  readonly pid: number;
  /** Start time in clock ticks since boot (Linux /proc); undefined where unknown. */
  readonly startTicks: number | undefined;
}

interface ProcStat {
  /** R, S, D, Z (a zombie: ended, not yet reaped), … */
  readonly state: string;
  readonly ppid: number;
  readonly sid: number;
  readonly startTicks: number;
}

/** Fields of /proc/<pid>/stat (Linux); undefined elsewhere or when the process is gone. */
export function procStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (2nd field) is in parentheses and may hold spaces: split after it.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = fields[0] ?? '';
  const ppid = Number(fields[1]);
  const sid = Number(fields[3]);
  const startTicks = Number(fields[19]);
  return Number.isFinite(ppid) ? { state, ppid, sid, startTicks } : undefined;
}

export function identityOf(pid: number): ProcessIdentity {
  return { pid, startTicks: procStat(pid)?.startTicks };
}

/** Whether that very process still runs (not merely some process with its pid). */
export function isRunning(identity: ProcessIdentity): boolean {
  if (!isAlive(identity.pid)) return false;
  if (identity.startTicks === undefined) return true;
  const now = procStat(identity.pid);
  return now === undefined || now.startTicks === identity.startTicks;
}

/** Whether a process with this pid runs: a zombie (ended, its parent not told yet) does not. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStat(pid)?.state !== 'Z';
}
