import { readFile } from 'node:fs/promises';

/** Resident and peak resident memory of a process, in MiB, from Linux's /proc. */
export async function processMemoryMiB(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string): number => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] ? Number(match[1]) : Number.NaN;
  };
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}
