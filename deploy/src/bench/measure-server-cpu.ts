import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_CLI_FLAGS, SERVER_NODE_OPTIONS } from '@aneis/config';

/*
 * `nx run deploy:measure-cpu`: the CPU one shopping-server pod uses, which its CPU request and
 * its autoscaler's target are set from (topology.ts). The built server runs as a process of its
 * own, as its container would (same V8 flags), on the embedded database (CongoDB, in another
 * process, not counted) and the local Redis (own key prefix); the kubelet's probes come at
 * their periods. Figures are CPU time of the server process over wall time, in millicores:
 * idle (probes only), then the catalogue search at fixed rates. Requires a built shopping-server
 * (`nx build shopping-server`, the target's dependency).
 */

const serverDist = new URL('../../../apps/shopping-server/dist/', import.meta.url);
const IDLE_SECONDS = Number(process.env['CPU_IDLE_SECONDS'] ?? 60);
const LOAD_SECONDS = Number(process.env['CPU_LOAD_SECONDS'] ?? 30);
const RATES = (process.env['CPU_RATES'] ?? '5,20,50').split(',').map(Number);

async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ is 100
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function get(url: string, init?: RequestInit): Promise<number> {
  try {
    const res = await fetch(url, init);
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/** Runs `fire` `perSecond` times a second for `seconds`, with the kubelet's probes besides. */
async function drive(
  base: string,
  seconds: number,
  perSecond: number,
  fire: () => Promise<number>,
) {
  const probes = [
    setInterval(() => void get(`${base}/readyz`), 5_000),
    setInterval(() => void get(`${base}/healthz`), 10_000),
  ];
  const pending: Promise<number>[] = [];
  const load =
    perSecond > 0 ? setInterval(() => pending.push(fire()), 1000 / perSecond) : undefined;
  await sleep(seconds * 1000);
  if (load) clearInterval(load);
  for (const p of probes) clearInterval(p);
  const statuses = await Promise.all(pending);
  // a busy machine fires the timer less often than asked: count what was really sent
  return { sent: statuses.length, failures: statuses.filter((s) => s !== 200).length };
}

async function measure(pid: number, phase: () => Promise<{ sent: number; failures: number }>) {
  const before = await cpuMs(pid);
  const started = Date.now();
  const { sent, failures } = await phase();
  const wallMs = Date.now() - started;
  const cpu = (await cpuMs(pid)) - before;
  return { millicores: (cpu / wallMs) * 1000, perSecond: (sent * 1000) / wallMs, failures };
}

const children: ChildProcess[] = [];
try {
  const congo = fork(fileURLToPath(new URL('bench/congo-process.js', serverDist)), [], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(congo);
  const [{ uri }] = (await once(congo, 'message')) as [{ uri: string }];
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [...SERVER_NODE_CLI_FLAGS['shopping-server'], fileURLToPath(new URL('main.js', serverDist))],
    {
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_OPTIONS: SERVER_NODE_OPTIONS,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        MONGODB_URI: uri.replace(/\/(\?|$)/, '/cpu_measure$1'),
        REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
        REDIS_KEY_PREFIX: `cpu-measure:${randomBytes(4).toString('hex')}:`,
        SESSION_SECRET: randomBytes(32).toString('hex'),
        RATE_LIMIT_PER_MINUTE: '1000000',
        DATA_DIR: '/tmp',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  children.push(server);
  const pid = server.pid ?? 0;
  for (let i = 0; (await get(`${base}/readyz`)) !== 200; i += 1) {
    if (i > 300) throw new Error('the server did not become ready');
    await sleep(200);
  }
  const search = () =>
    get(`${base}/catalog/search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ pagingOptions: { page: 1, limit: 20 } }),
    });
  await drive(base, 5, 20, search); // warm up: JIT, caches, connections
  const idle = await measure(pid, () => drive(base, IDLE_SECONDS, 0, search));
  console.log(`idle (probes only)            ${idle.millicores.toFixed(1).padStart(6)} millicores`);
  for (const rate of RATES) {
    const loaded = await measure(pid, () => drive(base, LOAD_SECONDS, rate, search));
    const extra = ((loaded.millicores - idle.millicores) * 1000) / loaded.perSecond;
    console.log(
      `${loaded.perSecond.toFixed(1).padStart(5)} catalogue searches/s  ${loaded.millicores.toFixed(1).padStart(6)} millicores` +
        `  (${extra.toFixed(0)} µs CPU per search above idle, ${loaded.failures} failed)`,
    );
  }
} finally {
  for (const child of children.reverse()) child.kill('SIGTERM');
}
