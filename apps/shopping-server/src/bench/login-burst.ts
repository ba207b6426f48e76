import { randomUUID } from 'node:crypto';
import { readFile, rm, mkdtemp, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@aneis/auth';
import { SERVER_NODE_CLI_FLAGS, SERVER_NODE_OPTIONS } from '@aneis/config';
import { freeLoopbackPort } from '@aneis/testing';
import { login, watchHealth, type Answer } from './burst-client.js';
import { benchDatabase, spawnBenchServer } from './bench-server.js';
import { waitUntilReady, type BenchChild } from './child-process.js';
import { cleanRedisPrefix } from './clean-redis-prefix.js';
import { benchCustomerEmail, seedCustomers } from './seed-customers.js';

/**
 * `nx run shopping-server:login-burst`: bursts of concurrent logins of distinct accounts, each
 * from its own address, against one shopping server started as its container starts it
 * (`node dist/main.js`, production mode, the cluster's flags) with the real Redis and CongoDB
 * (or MONGODB_URI). It prints figures and never fails on them:
 *
 * - answers by status; errors = any 5xx or no answer (an honest refusal is a 429 with Retry-After), target 0;
 * - event-loop lag p99 inside the server during the burst (a probe preloaded with --import),
 *   target < 100 ms;
 * - the slowest `/healthz` answer during the burst (polled every 25 ms), target < 250 ms;
 * - logins/s against the machine's hashing limit (cores × 1 / time of one hash);
 * - first, the same lag and /healthz figures for 5 s without any login: the machine's own noise.
 *
 * LOGIN_BURST_SIZES (50,200), BCRYPT_COST (12, the production default), and any server variable
 * (PASSWORD_HASH_THREADS, …) pass through to the server. LOGIN_BURST_CPU_PROF=<folder> has the
 * server write a V8 CPU profile of its main thread there when it stops (what blocks the loop).
 */
const SIZES = (process.env['LOGIN_BURST_SIZES'] ?? '50,200').split(',').map(Number);
const COST = Number(process.env['BCRYPT_COST'] ?? 12);
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const EXTERNAL_MONGODB_URI = process.env['MONGODB_URI'];
const PASSWORD = 'burst-password-1';
const QUIET_MS = 5_000;
const PASSING_VARIABLES = ['PASSWORD_HASH_THREADS', 'PASSWORD_HASH_QUEUE', 'LOG_LEVEL'];
const CPU_PROFILE_DIR = process.env['LOGIN_BURST_CPU_PROF'];
const NODE_FLAGS = [
  ...SERVER_NODE_CLI_FLAGS['shopping-server'],
  ...SERVER_NODE_OPTIONS.split(/\s+/),
  ...(CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : []),
  `--import=${fileURLToPath(new URL('./event-loop-probe.js', import.meta.url))}`,
].filter(Boolean);

interface LagReport {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const work = await mkdtemp(path.join(tmpdir(), 'login-burst-'));
const lagFile = path.join(work, 'lag.json');
const children: BenchChild[] = [];
const prefix = `bench:${randomUUID()}:`;

/** Asks the server's probe for the lag since the last call (and starts a new period). */
async function readLag(server: BenchChild): Promise<LagReport> {
  const before = await stat(lagFile).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  process.kill(server.pid, 'SIGUSR2');
  for (let tries = 0; tries < 100; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const after = await stat(lagFile).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (after !== before) return JSON.parse(await readFile(lagFile, 'utf8')) as LagReport;
  }
  throw new Error('the event-loop probe did not answer');
}

/** Median time of one hash at COST on one thread of this machine, in ms. */
async function timeOneHash(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    await hashPassword(PASSWORD, COST);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[1] ?? 0;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

function report(size: number, answers: Answer[], wallMs: number, lag: LagReport, health: string) {
  const byStatus = new Map<number, number>();
  for (const { status } of answers) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  const refused = answers.filter((a) => a.status === 429 && a.retryAfter !== undefined);
  const errors = answers.filter((a) => a.status >= 500 || a.status === 0);
  const ok = answers.filter((a) => a.status === 200);
  const lastOkMs = Math.max(0, ...ok.map((a) => a.ms));
  const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${n} × ${s}`);
  console.log(
    `\n${size} concurrent logins (distinct accounts and addresses), ${wallMs.toFixed(0)} ms`,
  );
  console.log(`  answers: ${statuses.join(', ')}`);
  console.log(
    `  errors (5xx or no answer): ${errors.length} (target 0); ` +
      `refused at once with 429 + Retry-After: ${refused.length}` +
      (refused.length > 0
        ? ` (slowest refusal ${Math.max(...refused.map((a) => a.ms)).toFixed(0)} ms)`
        : ''),
  );
  console.log(
    `  event-loop lag: p50 ${lag.p50Ms.toFixed(1)} ms, p99 ${lag.p99Ms.toFixed(1)} ms ` +
      `(target < 100 ms), max ${lag.maxMs.toFixed(1)} ms`,
  );
  console.log(`  /healthz during the burst: ${health}`);
  if (ok.length > 0) {
    console.log(
      `  successful logins: ${ok.length}, p50 ${percentile(
        ok.map((a) => a.ms),
        50,
      ).toFixed(0)} ms, ` +
        `p99 ${percentile(
          ok.map((a) => a.ms),
          99,
        ).toFixed(0)} ms; ` +
        `${((ok.length * 1000) / lastOkMs).toFixed(1)} logins/s`,
    );
  }
}

try {
  const database = await benchDatabase(work, children, 'burst');
  const hashMs = await timeOneHash();
  await seedCustomers(
    database.uri,
    database.embedded,
    Math.max(...SIZES),
    await hashPassword(PASSWORD, COST),
  );

  const port = await freeLoopbackPort();
  const base = `http://127.0.0.1:${port}`;
  const passing = Object.fromEntries(
    PASSING_VARIABLES.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
  );
  const server = spawnBenchServer({
    port,
    mongoUri: database.uri,
    redisUrl: REDIS_URL,
    prefix,
    work,
    env: {
      ...passing,
      BCRYPT_COST: String(COST),
      // Every login comes from its own address; the per-IP limits are not what is measured.
      TRUST_PROXY: 'loopback',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      EVENT_LOOP_REPORT_FILE: lagFile,
    },
    nodeFlags: NODE_FLAGS,
  });
  children.push(server);
  await waitUntilReady(`${base}/readyz`);

  const cores = availableParallelism();
  console.log(
    `\nLogin burst: one shopping server (production mode, flags ${NODE_FLAGS.slice(0, -1).join(' ')}), ` +
      `bcrypt cost ${COST}, real Redis, ${EXTERNAL_MONGODB_URI ? 'MongoDB (MONGODB_URI)' : 'CongoDB'}.`,
  );
  console.log(
    `Hashing limit of this machine: ${cores} cores × 1 / ${hashMs.toFixed(0)} ms per hash = ` +
      `${((cores * 1000) / hashMs).toFixed(1)} logins/s`,
  );
  // The same probes with no login at all: on a shared machine, the floor the neighbours set.
  await readLag(server);
  const quiet = watchHealth(base);
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  const quietHealth = await quiet.stop();
  const quietLag = await readLag(server);
  console.log(
    `No logins (${QUIET_MS / 1000} s, the machine's own noise): event-loop lag p99 ` +
      `${quietLag.p99Ms.toFixed(1)} ms, max ${quietLag.maxMs.toFixed(1)} ms; ` +
      `/healthz max ${quietHealth.maxMs.toFixed(0)} ms`,
  );
  for (const size of SIZES) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await readLag(server);
    const health = watchHealth(base);
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: size }, (_, i) =>
        login(
          base,
          benchCustomerEmail(i),
          PASSWORD,
          `198.51.${100 + Math.floor(i / 250)}.${(i % 250) + 1}`,
        ),
      ),
    );
    const wallMs = performance.now() - started;
    const seen = await health.stop();
    const lag = await readLag(server);
    const healthText =
      `max ${seen.maxMs.toFixed(0)} ms (target < 250 ms), ${seen.answered} answered` +
      (seen.failed > 0 ? `, ${seen.failed} failed` : '');
    report(size, answers, wallMs, lag, healthText);
  }
  console.log('');
} finally {
  for (const child of children.reverse()) await child.stop();
  await cleanRedisPrefix(REDIS_URL, prefix);
  if (process.env['BENCH_KEEP_LOGS']) console.log(`logs kept in ${work}`);
  else await rm(work, { recursive: true, force: true });
}
