import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The real mongosh from npm (the devDependency), run by this Node. */
export const mongoshBin = join(
  dirname(require.resolve('mongosh/package.json')),
  'bin',
  'mongosh.js',
);

export interface MongoshRun {
  readonly code: number;
  readonly output: string;
}

/** Runs `mongosh --nodb --quiet <script>` as the init Job does, with `env` on top of a bare one. */
export async function runMongoshScript(
  script: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<MongoshRun> {
  const dir = mkdtempSync(join(tmpdir(), 'aneis-mongosh-'));
  const file = join(dir, 'rs-init.js');
  writeFileSync(file, script);
  try {
    return await new Promise<MongoshRun>((resolve) => {
      const child = spawn(process.execPath, [mongoshBin, '--nodb', '--quiet', file], {
        // mongosh keeps history and logs under HOME, as in the Job (HOME=/tmp)
        env: { PATH: process.env['PATH'] ?? '', HOME: dir, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code: code ?? 1, output });
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
