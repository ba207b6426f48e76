import type { Redis } from 'ioredis';
import { createTurnBatcher } from '../src/redis-turn-batcher.js';
import { connectRedis, deleteKeys, uniquePrefix } from './support/test-redis.js';

describe('createTurnBatcher', () => {
  const prefix = uniquePrefix();
  let redis: Redis;

  beforeAll(() => {
    redis = connectRedis();
  });

  afterAll(async () => {
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  it('when commands are issued in one turn, then they travel as one pipeline and each gets its own answer', async () => {
    let pipelines = 0;
    const pipeline = redis.pipeline.bind(redis);
    const spied = Object.assign(Object.create(redis) as Redis, {
      pipeline: () => {
        pipelines += 1;
        return pipeline();
      },
    });
    const send = createTurnBatcher(spied);

    const answers = await Promise.allSettled([
      send(['INCR', `${prefix}a`]),
      send(['INCR', `${prefix}a`]),
      send(['NOT-A-COMMAND']),
      send(['GET', `${prefix}a`]),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(answers[1]).toEqual({ status: 'fulfilled', value: 2 });
    expect(answers[3]).toEqual({ status: 'fulfilled', value: '2' });
    expect(pipelines).toBe(1);

    await send(['INCR', `${prefix}a`]);
    expect(pipelines).toBe(2);
  });
});
