import { promisify } from 'node:util';
import type { Express } from 'express';
import type {} from 'express-session';
import { Redis as IoRedis } from 'ioredis';
import request from 'supertest';
import { OwnRedisServer } from '@aneis/testing';
import { sendSuccess } from '../src/index.js';
import { memoryLogger } from './support/memory-logger.js';
import { buildTestApp } from './support/test-app.js';
import { uniquePrefix } from './support/test-redis.js';

declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

describe('when Redis dies while a request is under way', () => {
  let redis: OwnRedisServer;
  beforeAll(async () => {
    // A Redis of this file's own: the shared one is never stopped.
    redis = await OwnRedisServer.start();
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('then saving its session answers 503 with Retry-After, not 500, and nothing is logged as an error', async () => {
    // As @aneis/cache's client behaves after its first connection: no offline queue, one retry.
    const client = new IoRedis(redis.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: () => 50,
    });
    client.on('error', () => undefined);
    const memory = memoryLogger();
    const routes = (app: Express) => {
      // A login as establishSession does it: the session is written, then saved before answering.
      app.post('/login', async (req, res) => {
        await redis.stop();
        req.session.userId = 'user-1';
        await promisify((done: (error?: unknown) => void) => req.session.save(done))();
        sendSuccess(res, true);
      });
    };
    const app = buildTestApp(client, memory.logger, uniquePrefix(), { routes });
    try {
      await vi.waitFor(() => expect(client.status).toBe('ready'), { timeout: 3_000 });

      const res = await request(app).post('/login');

      expect(res.status, res.text).toBe(503);
      expect(res.headers['retry-after']).toBe('1');
      expect(res.body.errorDetails).toMatch(/briefly unavailable/);
      expect(memory.entries.filter((e) => e.level === 'error')).toEqual([]);
    } finally {
      client.disconnect();
      await redis.restart();
    }
  });
});
