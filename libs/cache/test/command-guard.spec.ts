import { OwnRedisServer } from '@aneis/testing';
import type { Redis } from 'ioredis';
import { closeRedis } from '../src/close-redis.js';
import { RedisUnavailableError } from '../src/command-guard.js';
import { createRedisClient } from '../src/create-redis-client.js';
import { nextEvent, recordingLogger } from './redis-test-kit.js';

const TIMEOUT_MS = 300;

/** Keeps this thread busy (no timers, no I/O) for `ms`, as a long synchronous task would. */
function blockEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy on purpose
  }
}

describe('the command guard of createRedisClient', () => {
  let redis: OwnRedisServer;
  let client: Redis;
  const logger = recordingLogger();

  beforeAll(async () => {
    redis = await OwnRedisServer.start();
  });

  beforeEach(async () => {
    await redis.restart();
    client = createRedisClient({ url: redis.url, commandTimeoutMs: TIMEOUT_MS, logger });
    await nextEvent(client, 'ready');
  });

  afterEach(async () => {
    redis.thaw();
    await closeRedis(client);
  });

  afterAll(async () => {
    await redis.stop();
  });

  it('when this process was too busy to read an answer that had arrived, then the command still succeeds', async () => {
    await client.set('k', 'v');
    const reply = client.get('k');
    // One turn, so the command is on the wire (auto-pipelined commands leave in the next turn).
    await new Promise((resolve) => setImmediate(resolve));
    // Longer than the deadline: the answer waits in the socket while the timers come due.
    blockEventLoop(TIMEOUT_MS * 3);
    await expect(reply).resolves.toBe('v');
  });

  it('when Redis freezes, then after the first timeouts commands fail at once, and they flow again as soon as it goes on', async () => {
    await client.set('k', 'v');
    redis.freeze();
    const timedOut = await Promise.allSettled([client.get('k'), client.get('k')]);
    for (const outcome of timedOut) {
      expect(outcome).toMatchObject({
        status: 'rejected',
        reason: { name: 'RedisUnavailableError', message: expect.stringMatching(/did not answer/) },
      });
    }
    // The breaker is open: this one is refused without waiting for a deadline of its own.
    const refused = await client.get('k').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RedisUnavailableError);
    expect((refused as Error).message).toMatch(/failing at once/);
    expect(logger.lines.some((l) => l.level === 'warn' && /not answering/.test(l.message))).toBe(
      true,
    );

    redis.thaw();
    await vi.waitFor(async () => expect(await client.get('k')).toBe('v'), { timeout: 2_000 });
  });

  it('when Redis was down for a while and is started again, then the client is back within two seconds', async () => {
    await client.set('k', 'v');
    await redis.stop();
    await expect(client.get('k')).rejects.toThrow();
    // Long enough for the reconnect back-off to reach its ceiling.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await redis.restart();
    await vi.waitFor(async () => expect(await client.ping()).toBe('PONG'), {
      timeout: 2_000,
      interval: 50,
    });
  });

  it('when commands are issued in one turn, then they travel as one pipeline and each gets its own answer', async () => {
    const answers = Promise.allSettled([
      client.incr('n'),
      client.incr('n'),
      client.call('NOT-A-COMMAND'),
      client.get('n'),
    ]);
    expect(client.autoPipelineQueueSize).toBe(4);
    expect((await answers).map((answer) => answer.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(await client.get('n')).toBe('2');
  });
});
