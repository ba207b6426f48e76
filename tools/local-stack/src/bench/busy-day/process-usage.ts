import { readFileSync } from 'node:fs';
import { residentKiB } from '../process-memory.js';

export interface ProcessUsage {
  readonly name: string;
  readonly pid: number;
  /** Highest resident memory seen, KiB; undefined when never seen alive. */
  readonly peakKiB: number | undefined;
  /** At the end of the run, KiB; undefined when the process was gone (restarted or dead). */
  readonly endKiB: number | undefined;
  /** CPU time (user + system) spent during the run, s; undefined without /proc or when gone. */
  readonly cpuSeconds: number | undefined;
}

// Linux reports CPU times in clock ticks of 1/100 s (USER_HZ) on every common architecture.
const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime
  } catch {
    return undefined;
  }
}

/** Samples each process's resident memory every `everyMs`, and its CPU time, until `stop()`. */
export function sampleUsage(
  processes: readonly { name: string; pid: number }[],
  everyMs: number,
): { stop(): ProcessUsage[] } {
  const peaks = new Map<number, number>();
  const ticksAtStart = new Map(processes.map(({ pid }) => [pid, cpuTicks(pid)]));
  const sample = () => {
    for (const { pid } of processes) {
      const kib = residentKiB(pid);
      if (kib !== undefined) peaks.set(pid, Math.max(kib, peaks.get(pid) ?? 0));
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return processes.map(({ name, pid }) => {
        const before = ticksAtStart.get(pid);
        const after = cpuTicks(pid);
        return {
          name,
          pid,
          peakKiB: peaks.get(pid),
          endKiB: residentKiB(pid),
          cpuSeconds:
            before === undefined || after === undefined
              ? undefined
              : (after - before) / TICKS_PER_SECOND,
        };
      });
    },
  };
}
