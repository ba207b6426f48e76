import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_ENTRIES } from '../src/stack/seed-demo-data.js';
import { unbuiltComponents } from '../src/stack/local-components.js';
import { workspaceRoot } from '../src/stack/workspace-root.js';
import { freePort } from '../src/supervisor/free-port.js';
import { send } from './http-client.js';
import { isAlive, startStackProcess, type StackUnderTest } from '../src/bench/stack-child.js';

/*
 * THE ACCEPTANCE TEST OF ISSUE 5: the real local stack, started with the command `npm start`
 * runs, on free ports and a fresh data folder, exercised through the edge router with Host
 * headers, then stopped with Ctrl-C (SIGINT). It needs every app built (the `test` target of
 * local-stack builds this project; `npx nx run-many -t build` builds the apps).
 */
const root = workspaceRoot();
const serversBuilt = existsSync(join(root, 'apps/shopping-server/dist/main.js'));
const BASE = 'gic-asenhoradosaneis.localhost';
const VENIQA_ORIGINS = [`http://${BASE}:5201`, `http://${BASE}:5202`];

if (!serversBuilt) {
  console.warn(
    '\n!!! local-stack full-stack acceptance test SKIPPED: apps/shopping-server/dist/main.js is ' +
      'missing. Build the apps (npx nx run-many -t build) to run it. !!!\n',
  );
}

describe.skipIf(!serversBuilt)('local stack, end to end (issue 5 acceptance)', () => {
  let dataDir: string;
  let stack: StackUnderTest | undefined;
  let edge = 0;
  const get = (host: string, path: string) => send(edge, `${host}:${edge}`, path);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'local-stack-'));
    edge = await freePort();
    const { MONGODB_URI: _shared, ...env } = process.env;
    stack = await startStackProcess(
      root,
      ['--replicas', '2'],
      {
        ...env,
        EDGE_PORT: String(edge),
        DATA_DIR: dataDir,
        SEED_ADMIN_EMAIL: 'owner@asenhoradosaneis.example',
        SEED_ADMIN_PASSWORD: 'a long enough local password',
        LOG_LEVEL: 'warn',
        // Where Veniqa's original webclients run in development (README: "Using Veniqa's …").
        CORS_ORIGINS: VENIQA_ORIGINS.join(','),
      },
      dataDir,
      90_000,
    );
  }, 120_000);

  afterAll(async () => {
    if (stack && stack.child.exitCode === null) {
      stack.child.kill('SIGKILL');
      for (const { pid } of stack.state.processes) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when started, then it is the command the README names and every part is built', () => {
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts['start']).toBe('nx run local-stack:start');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('npm start');
    const missing = [
      ...unbuiltComponents(root).map((c) => c.builtMarker),
      ...Object.values(SEED_ENTRIES).filter((entry) => !existsSync(join(root, entry))),
    ];
    expect(missing, `not built yet: ${missing.join(', ')}`).toEqual([]);
  });

  it('when the website is asked through the edge, then its page comes back', async () => {
    const reply = await get(BASE, '/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/text\/html/);
  });

  it('when the webclients are asked under their prefixes, then their index pages come back', async () => {
    for (const prefix of ['/shopping/', '/management/']) {
      const reply = await get(BASE, prefix);
      expect(reply.status, prefix).toBe(200);
      expect(reply.body, prefix).toContain(`src="${prefix}assets/`);
    }
  });

  it("when the webclients are served through the edge, then each carries its policy with this run's API origins", async () => {
    const shop = await get(BASE, '/shopping/');
    const admin = await get(BASE, '/management/orders');
    expect(shop.headers['content-security-policy']).toContain(
      `connect-src 'self' http://shopping.${BASE}:${edge} https://api.stripe.com`,
    );
    expect(admin.headers['content-security-policy']).toContain(
      `connect-src 'self' http://management.${BASE}:${edge};`,
    );
    for (const reply of [shop, admin]) {
      expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('when the catalogue is searched on the shopping host, then the seeded rings come back', async () => {
    const reply = await send(edge, `shopping.${BASE}:${edge}`, '/catalog/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://${BASE}:${edge}` },
      body: JSON.stringify({ pagingOptions: { page: 1, limit: 50 } }),
    });
    expect(reply.status, reply.body).toBe(200);
    const data = (JSON.parse(reply.body) as { responseData: { total: number; docs: unknown[] } })
      .responseData;
    expect(data.total).toBeGreaterThanOrEqual(24);
  });

  it('when the user listed other origins, then both servers answer their preflights and ours still pass', async () => {
    const ours = `http://${BASE}:${edge}`;
    for (const server of ['shopping', 'management']) {
      for (const origin of [...VENIQA_ORIGINS, ours]) {
        // What a browser asks before Veniqa's axios sends JSON with cookies.
        const reply = await send(edge, `${server}.${BASE}:${edge}`, '/security/login', {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
        expect(reply.status, `${server} ${origin}`).toBeLessThan(300);
        expect(reply.headers['access-control-allow-origin'], `${server} ${origin}`).toBe(origin);
        expect(reply.headers['access-control-allow-credentials']).toBe('true');
      }
    }
  });

  it('when one of two shopping-server instances is killed, then requests keep succeeding', async () => {
    const victim = stack?.state.processes.find((p) => p.name === 'shopping-server#1');
    expect(victim, 'the stack runs shopping-server#1').toBeDefined();
    process.kill(victim?.pid ?? 0, 'SIGKILL');
    for (let i = 0; i < 10; i += 1) {
      const reply = await get(`shopping.${BASE}`, '/healthz');
      // The stack's own lines say which instance left rotation and why.
      expect(reply.status, `${reply.body}\n${stack?.output().slice(-3000) ?? ''}`).toBe(200);
    }
  });

  it('when interrupted (Ctrl-C), then it exits cleanly and leaves no process behind', async () => {
    const running = stack;
    if (!running) throw new Error('the stack did not start');
    const children = running.state.processes.filter((p) => p.name !== 'local-stack');
    expect(children.length).toBeGreaterThanOrEqual(4);
    expect(await running.interrupt(30_000), running.output().slice(-3000)).toBe(0);
    const left = running.state.processes.filter(({ pid }) => isAlive(pid));
    expect(left).toEqual([]);
  }, 40_000);
});
