import { createInterface } from 'node:readline';
import { isAlive } from './process-identity.js';

// The reaper: a small process of its own, in its own session, that the orchestrator tells on
// its stdin which children it runs (`+pid`, `-pid`). Whatever way the orchestrator ends, even
// SIGKILL, the kernel closes that pipe: the reaper then stops every child still listed (its
// process group: SIGTERM, SIGKILL after the grace period) and exits. So no child outlives the
// stack, without any change to the children themselves.
const graceMs = Number(process.argv[2] ?? '15000');
const children = new Set<number>();

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => undefined);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const pid = Number(line.slice(1));
  if (!Number.isInteger(pid) || pid <= 1) return;
  if (line.startsWith('+')) children.add(pid);
  if (line.startsWith('-')) children.delete(pid);
});
lines.on('close', () => {
  void reap().then(() => process.exit(0));
});

async function reap(): Promise<void> {
  for (const pid of children) signal(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while ([...children].some(isAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const pid of children) if (isAlive(pid)) signal(pid, 'SIGKILL');
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    // Each child leads its own process group: whatever it started goes too.
    process.kill(-pid, name);
  } catch {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}
