import { join } from 'node:path';
import { freePort } from '../src/supervisor/free-port.js';
import { SupervisedProcess, type ProcessEvent } from '../src/supervisor/supervised-process.js';
import { PassThrough } from 'node:stream';

const TINY_SERVER = join(import.meta.dirname, 'fixtures', 'tiny-server.mjs');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function tinyServer(env: NodeJS.ProcessEnv = {}, stopGraceMs = 5_000) {
  const port = await freePort();
  const events: ProcessEvent[] = [];
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const child = new SupervisedProcess(
    {
      name: 'tiny',
      command: process.execPath,
      args: [TINY_SERVER],
      env: { ...process.env, ...env, PORT: String(port) },
      health: { host: '127.0.0.1', port, path: '/healthz' },
      readyTimeoutMs: 10_000,
      stopGraceMs,
      stdout: output,
      stderr: output,
    },
    (event) => events.push(event),
  );
  return { child, events, printed: () => printed };
}

describe('supervised process', () => {
  it('when started, then it resolves once healthy, prefixes its output, and stop leaves no process', async () => {
    const { child, events, printed } = await tinyServer();
    await child.start();
    const pid = child.pid;
    expect(pid).toBeDefined();
    expect(events[0]).toMatchObject({ kind: 'ready', name: 'tiny' });
    await vi.waitFor(() => expect(printed()).toMatch(/^\[tiny\] tiny server listening/m));

    await child.stop();
    expect(isAlive(pid ?? 0)).toBe(false);
    expect(child.pid).toBeUndefined();
  });

  it('when a child ignores SIGTERM, then it is killed after the grace period', async () => {
    const { child, printed } = await tinyServer({ IGNORE_SIGTERM: '1' }, 300);
    await child.start();
    const pid = child.pid ?? 0;
    await child.stop();
    expect(printed()).toContain('ignoring SIGTERM');
    expect(isAlive(pid)).toBe(false);
  });

  it('when a ready child dies, then it is reported and restarted on the same port', async () => {
    const { child, events } = await tinyServer();
    await child.start();
    const firstPid = child.pid ?? 0;
    process.kill(firstPid, 'SIGKILL');
    await vi.waitFor(() => expect(events.filter((e) => e.kind === 'ready')).toHaveLength(2), {
      timeout: 10_000,
    });
    expect(events.map((e) => e.kind)).toEqual(['ready', 'exited', 'restarting', 'ready']);
    expect(child.pid).not.toBe(firstPid);
    await child.stop();
    expect(isAlive(firstPid)).toBe(false);
  });

  it('when a child exits before it is ready, then start fails naming it', async () => {
    const child = new SupervisedProcess({
      name: 'broken',
      command: process.execPath,
      args: ['-e', 'process.exit(3)'],
      env: process.env,
      health: { host: '127.0.0.1', port: await freePort(), path: '/healthz' },
      stdout: new PassThrough(),
      stderr: new PassThrough(),
    });
    await expect(child.start()).rejects.toThrow(/broken.*exited \(code 3\) before it was ready/);
  });
});
