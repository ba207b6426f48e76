import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { freePort } from '../supervisor/free-port.js';
import { workspaceRoot } from '../stack/workspace-root.js';
import { residentKiB } from './process-memory.js';
import { startStackProcess } from './stack-child.js';

// `nx run local-stack:bench [--replicas N] [--idle-ms 5000] [--data-dir DIR]`: how long the
// start command takes on a built tree until every component is ready (issue 5 aims for under
// 15 s), and the resident memory of each process once the stack has been idle for a while.
const TARGET_MS = 15_000;
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    replicas: { type: 'string', default: '1' },
    'idle-ms': { type: 'string', default: '5000' },
    'data-dir': { type: 'string' },
  },
});

const root = workspaceRoot();
const dataDir = values['data-dir'] ?? (await mkdtemp(join(tmpdir(), 'local-stack-bench-')));
const edgePort = await freePort();
const { MONGODB_URI: _external, ...env } = process.env;

console.log(`Starting the local stack (replicas ${values.replicas}, data in ${dataDir})…`);
const started = Date.now();
const stack = await startStackProcess(
  root,
  ['--replicas', values.replicas],
  { ...env, EDGE_PORT: String(edgePort), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  dataDir,
  120_000,
);
const readyMs = Date.now() - started;

await delay(Number(values['idle-ms']));
const rows = stack.state.processes.map(({ name, pid }) => ({ name, pid, kib: residentKiB(pid) }));
const exitCode = await stack.interrupt(30_000);
if (values['data-dir'] === undefined) await rm(dataDir, { recursive: true, force: true });

const verdict = readyMs <= TARGET_MS ? 'within' : 'OVER';
console.log('');
console.log(
  `start to all ready: ${(readyMs / 1000).toFixed(2)} s (${verdict} the ${TARGET_MS / 1000} s target;`,
);
console.log(`  the orchestrator itself counted ${(stack.state.readyAfterMs / 1000).toFixed(2)} s)`);
console.log('');
console.log(`resident memory after ${Number(values['idle-ms']) / 1000} s idle:`);
for (const row of rows) {
  const mib = row.kib === undefined ? 'gone' : `${(row.kib / 1024).toFixed(1)} MiB`;
  console.log(`  ${row.name.padEnd(22)} pid ${String(row.pid).padEnd(8)} ${mib}`);
}
const total = rows.reduce((sum, row) => sum + (row.kib ?? 0), 0);
console.log(`  ${'total'.padEnd(22)} ${''.padEnd(12)} ${(total / 1024).toFixed(1)} MiB`);
console.log(
  '  (local-stack holds the edge router, the static webclient servers and the embedded database)',
);
console.log('');
console.log(exitCode === 0 ? 'stopped cleanly.' : `stop exited with ${exitCode}.`);
process.exit(exitCode === 0 ? 0 : 1);
