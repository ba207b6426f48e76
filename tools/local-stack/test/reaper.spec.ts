import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isAlive } from '../src/supervisor/process-identity.js';

const fixture = join(import.meta.dirname, 'fixtures', 'reaped-parent.mjs');
const built = existsSync(join(import.meta.dirname, '..', 'dist', 'supervisor', 'reaper.js'));

describe.skipIf(!built)('the reaper', () => {
  it('when the process that started the children is killed with SIGKILL, then they are stopped and the reaper exits', async () => {
    const parent = spawn(process.execPath, [fixture], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(createInterface({ input: parent.stdout }), 'line')) as [string];
    const { reaper, child } = JSON.parse(line) as { reaper: number; child: number };
    expect(isAlive(child)).toBe(true);

    parent.kill('SIGKILL');
    await vi.waitFor(() => expect([isAlive(child), isAlive(reaper)]).toEqual([false, false]), {
      timeout: 10_000,
      interval: 100,
    });
  });
});
