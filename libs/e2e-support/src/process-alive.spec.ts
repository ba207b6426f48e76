import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { isAlive, killLeftovers } from './process-alive.js';

function sleeper(): ChildProcess & { pid: number } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
    stdio: 'ignore',
  });
  if (child.pid === undefined) throw new Error('the sleeper did not start');
  return child as ChildProcess & { pid: number };
}

describe('isAlive', () => {
  it('when asked about this very process, then it is alive', () => {
    expect(isAlive(process.pid)).toBe(true);
  });

  it('when a child has exited and been reaped, then it is not alive', async () => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await once(child, 'exit');
    expect(isAlive(child.pid ?? -1)).toBe(false);
  });
});

describe('killLeftovers', () => {
  it('when one pid still runs and one is gone, then only the running one is reported and killed', async () => {
    const gone = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await once(gone, 'exit');
    const running = sleeper();
    const exited = once(running, 'exit');

    expect(killLeftovers([gone.pid ?? -1, running.pid])).toEqual([running.pid]);
    const [, signal] = await exited;
    expect(signal).toBe('SIGKILL');
  });
});
