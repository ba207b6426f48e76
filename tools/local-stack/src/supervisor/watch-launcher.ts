import { readFileSync } from 'node:fs';
import { isRunning, procStat, type ProcessIdentity } from './process-identity.js';

interface Launcher extends ProcessIdentity {
  readonly command: string;
}

/**
 * Calls `onGone` once the command that started this process is gone. Nx starts the
 * orchestrator in a session of its own (through `sh -c`), so when the `npm start` process group
 * is killed, no signal reaches it and its parent, that shell, lives on. So every ancestor up to
 * the first one outside our session is watched: with `npm start` that is the shell and nx;
 * run by hand, the shell that ran it. Where /proc is missing (macOS), the parent is watched.
 * Returns a function that stops watching.
 */
export function watchLauncher(onGone: (who: string) => void, intervalMs = 500): () => void {
  const launchers = launchersOf(process.pid);
  const parentAtStart = process.ppid;
  const timer = setInterval(() => {
    const gone = launchers.find((launcher) => !isRunning(launcher));
    if (gone !== undefined || process.ppid !== parentAtStart) {
      clearInterval(timer);
      const who = gone ?? launchers[0];
      onGone(who === undefined ? 'its parent process' : `pid ${who.pid} (${who.command})`);
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

function launchersOf(pid: number): Launcher[] {
  const own = procStat(pid);
  if (own === undefined) {
    return [{ pid: process.ppid, startTicks: undefined, command: 'the parent process' }];
  }
  const chain: Launcher[] = [];
  for (let current = own.ppid; current > 1;) {
    const stat = procStat(current);
    if (stat === undefined) break;
    chain.push({ pid: current, startTicks: stat.startTicks, command: commandOf(current) });
    if (stat.sid !== own.sid) break;
    current = stat.ppid;
  }
  return chain;
}

function commandOf(pid: number): string {
  try {
    const words = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return words.join(' ').slice(0, 80);
  } catch {
    return 'unknown';
  }
}
