/** Whether a process with this pid still exists (EPERM: it does, it just is not ours). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pids of `pids` still alive, killed outright so no stray server outlives a run. */
export function killLeftovers(pids: readonly number[]): number[] {
  const left = pids.filter(isAlive);
  for (const pid of left) process.kill(pid, 'SIGKILL');
  return left;
}
