import { chooseRedis, IN_MEMORY_REDIS_URL } from './redis-choice.js';

describe('chooseRedis', () => {
  it('when Redis is reachable, then it is used with the replicas asked for', () => {
    const choice = chooseRedis({
      redisUrl: 'redis://127.0.0.1:6379',
      reachable: true,
      replicas: 3,
    });

    expect(choice).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      inMemory: false,
      replicas: 3,
    });
    expect(choice.notices).toEqual(['Redis: redis://127.0.0.1:6379 is reachable']);
  });

  it('when Redis is unreachable, then memory mode with ONE replica, and both are announced', () => {
    const choice = chooseRedis({
      redisUrl: 'redis://10.0.0.9:6379',
      reachable: false,
      replicas: 3,
    });

    expect(choice).toMatchObject({ redisUrl: IN_MEMORY_REDIS_URL, inMemory: true, replicas: 1 });
    expect(choice.notices[0]).toMatch(/NOT reachable at redis:\/\/10\.0\.0\.9:6379/);
    expect(choice.notices[0]).toMatch(/Sessions, rate limits and cache are in-process/);
    expect(choice.notices[1]).toMatch(/3 asked, running 1 of each server/);
  });

  it('when Redis is unreachable with one replica asked, then only the memory mode is announced', () => {
    const choice = chooseRedis({ redisUrl: 'redis://127.0.0.1:1', reachable: false, replicas: 1 });

    expect(choice.replicas).toBe(1);
    expect(choice.notices).toHaveLength(1);
  });

  it('when REDIS_URL=memory:// is asked for, then memory mode is used as asked', () => {
    const choice = chooseRedis({ redisUrl: IN_MEMORY_REDIS_URL, reachable: false, replicas: 2 });

    expect(choice).toMatchObject({ inMemory: true, replicas: 1 });
    expect(choice.notices[0]).toMatch(/^Redis: REDIS_URL=memory:\/\/, no Redis is used/);
  });
});
