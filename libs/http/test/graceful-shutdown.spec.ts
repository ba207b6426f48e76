import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { createHttpApp, sendSuccess, startHttpServer } from '../src/index.js';
import { memoryLogger } from './support/memory-logger.js';
import { buildTestApp } from './support/test-app.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

const PROCESS_EVENTS = ['SIGTERM', 'SIGINT', 'uncaughtException', 'unhandledRejection'] as const;

function listenerCounts(): number[] {
  return PROCESS_EVENTS.map((event) => process.listenerCount(event));
}

/** Resolves with the code passed to the injected `exit`. */
function exitRecorder(): { exit: (code: number) => void; exited: Promise<number> } {
  let exit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => {
    exit = resolve;
  });
  return { exit, exited };
}

/** `entered` is for a handler to call; `inHandler` resolves once it did. */
function handlerSignal(): { entered: () => void; inHandler: Promise<void> } {
  let entered!: () => void;
  const inHandler = new Promise<void>((resolve) => {
    entered = resolve;
  });
  return { entered, inHandler };
}

function connectionRefused(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

describe('startHttpServer and graceful shutdown', () => {
  const prefix = uniquePrefix();
  let redis: Redis;

  beforeAll(() => {
    redis = connectRedis();
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  function slowApp(onEnter: () => void): Express {
    return buildTestApp(redis, memoryLogger().logger, prefix, {
      routes: (app) => {
        app.get('/slow', async (_req, res) => {
          onEnter();
          await sleep(300);
          sendSuccess(res, 'done');
        });
        app.get('/hang', () => {
          onEnter();
        });
      },
    });
  }

  it('when SIGTERM arrives during a slow request, then it finishes, new connections are refused, readiness drops, closers run in order and exit(0) follows', async () => {
    const baseline = listenerCounts();
    const { entered, inHandler } = handlerSignal();
    const app = slowApp(() => entered());
    const closed: string[] = [];
    const { exit, exited } = exitRecorder();
    const running = await startHttpServer(app, {
      port: 0,
      host: '127.0.0.1',
      logger: memoryLogger().logger,
      graceMs: 5_000,
      onShutdown: [
        async () => {
          closed.push('mongo');
        },
        async () => {
          closed.push('redis');
        },
      ],
      exit,
    });
    expect(listenerCounts()).toEqual(baseline.map((n) => n + 1));

    const slow = fetch(`http://127.0.0.1:${running.port}/slow`);
    await inHandler;
    process.emit('SIGTERM', 'SIGTERM');

    expect((await request(app).get('/readyz')).status).toBe(503);
    expect(await connectionRefused(running.port)).toBe('ECONNREFUSED');
    expect(closed).toEqual([]);

    const res = await slow;
    expect(res.status).toBe(200);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toEqual({
      httpStatus: 200,
      status: 'successful',
      responseData: 'done',
    });

    expect(await exited).toBe(0);
    expect(closed).toEqual(['mongo', 'redis']);
    expect(running.server.listening).toBe(false);
    expect(listenerCounts()).toEqual(baseline);
  });

  it('when shutdown begins, then only unfinished answers count as in flight and idle keep-alive connections close', async () => {
    const { entered, inHandler } = handlerSignal();
    const { logger, entries } = memoryLogger();
    const app = buildTestApp(redis, logger, prefix, {
      routes: (app) => {
        app.get('/quick', (_req, res) => sendSuccess(res, 'quick'));
        app.get('/slow', async (_req, res) => {
          entered();
          await sleep(200);
          sendSuccess(res, 'done');
        });
      },
    });
    const running = await startHttpServer(app, {
      port: 0,
      host: '127.0.0.1',
      logger,
      installProcessHandlers: false,
    });
    const base = `http://127.0.0.1:${running.port}`;
    // Two finished answers on kept-alive connections, then one still being worked on.
    for (let index = 0; index < 2; index += 1) {
      expect((await fetch(`${base}/quick`)).status).toBe(200);
    }
    const slow = fetch(`${base}/slow`);
    await inHandler;
    expect(await running.shutdown('test')).toBe(0);
    expect((await slow).headers.get('connection')).toBe('close');
    expect(entries.find((entry) => entry.message === 'shutting down')?.['inFlight']).toBe(1);
    expect(running.server.listening).toBe(false);
  });

  it('when shutdown begins during an answer on the fast lane, then it is counted, finishes and closes its connection', async () => {
    const { entered, inHandler } = handlerSignal();
    const { logger, entries } = memoryLogger();
    const app = buildTestApp(redis, logger, prefix, {
      jsonRoutes: [
        {
          method: 'GET',
          path: '/catalog/slow',
          prepare: () => undefined,
          handle: async () => {
            entered();
            await sleep(200);
            return JSON.stringify('done');
          },
        },
      ],
      routes: () => undefined,
    });
    const running = await startHttpServer(app, {
      port: 0,
      host: '127.0.0.1',
      logger,
      installProcessHandlers: false,
    });
    const slow = fetch(`http://127.0.0.1:${running.port}/catalog/slow`);
    await inHandler;
    const stopped = running.shutdown('test');
    const res = await slow;
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toMatchObject({ responseData: 'done' });
    expect(await stopped).toBe(0);
    expect(entries.find((entry) => entry.message === 'shutting down')?.['inFlight']).toBe(1);
  });

  it('when a request outlives the grace period, then its connection is cut and shutdown still completes', async () => {
    const { entered, inHandler } = handlerSignal();
    const { logger, entries } = memoryLogger();
    const app = buildTestApp(redis, logger, prefix, {
      routes: (app) => {
        app.get('/hang', () => entered());
      },
    });
    let closerRan = false;
    const running = await startHttpServer(app, {
      port: 0,
      host: '127.0.0.1',
      logger,
      graceMs: 100,
      onShutdown: [
        async () => {
          closerRan = true;
        },
      ],
      installProcessHandlers: false,
    });
    const hanging = fetch(`http://127.0.0.1:${running.port}/hang`).then(
      () => 'answered',
      () => 'cut',
    );
    await inHandler;
    expect(await running.shutdown('test')).toBe(0);
    expect(await hanging).toBe('cut');
    expect(closerRan).toBe(true);
    expect(entries.some((e) => e.level === 'warn' && /grace period over/.test(e.message))).toBe(
      true,
    );
  });

  it('when a closer fails, then the others still run and the exit code is 1', async () => {
    const { logger, entries } = memoryLogger();
    const app = buildTestApp(redis, logger, prefix, { routes: () => undefined });
    const ran: string[] = [];
    const running = await startHttpServer(app, {
      port: 0,
      logger,
      onShutdown: [
        async () => {
          throw new Error('mongo close failed');
        },
        async () => {
          ran.push('redis');
        },
      ],
      installProcessHandlers: false,
    });
    const first = running.shutdown();
    expect(running.shutdown()).toBe(first);
    expect(await first).toBe(1);
    expect(ran).toEqual(['redis']);
    expect(entries.some((e) => e.level === 'error' && e['error'] === 'mongo close failed')).toBe(
      true,
    );
  });

  it('when an uncaught exception reaches the process, then it is logged with its stack, the server shuts down and exit(1) follows', async () => {
    const before = process.listeners('uncaughtException');
    const { logger, entries } = memoryLogger();
    const app = buildTestApp(redis, logger, prefix, { routes: () => undefined });
    const { exit, exited } = exitRecorder();
    const running = await startHttpServer(app, { port: 0, logger, exit });
    // Emitting the real event would also trigger vitest's own handler; call ours directly.
    const ours = process.listeners('uncaughtException').filter((l) => !before.includes(l));
    expect(ours).toHaveLength(1);
    ours[0]?.(new Error('boom'), 'uncaughtException');
    expect(await exited).toBe(1);
    expect(running.server.listening).toBe(false);
    const fatal = entries.find((e) => e.message === 'fatal error, shutting down');
    expect(fatal?.['stack']).toContain('boom');
    expect(process.listeners('uncaughtException')).toEqual(before);
  });

  it('when asked not to install process handlers, then none are added', async () => {
    const baseline = listenerCounts();
    const app = buildTestApp(redis, memoryLogger().logger, prefix, { routes: () => undefined });
    const running = await startHttpServer(app, {
      port: 0,
      logger: memoryLogger().logger,
      installProcessHandlers: false,
    });
    expect(listenerCounts()).toEqual(baseline);
    await running.shutdown();
  });

  it('when the app was not finalized, then the server refuses to start', async () => {
    const { logger } = memoryLogger();
    const app = createHttpApp({
      logger,
      redis,
      corsOrigins: [],
      session: { secret: 's', cookieName: 'sid', keyPrefix: `${prefix}sess:` },
      rateLimit: { limit: 10, keyPrefix: `${prefix}rl-unfinalized:` },
    });
    await expect(startHttpServer(app, { port: 0, logger })).rejects.toThrow(/finalizeHttpApp/);
  });
});
