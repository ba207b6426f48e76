import type { Redis } from 'ioredis';

/** True when Redis answers PING within `timeoutMs`; false otherwise. Never throws. */
export async function redisHealth(client: Redis, timeoutMs = 500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const pong = client.ping().then(
      (reply) => reply === 'PONG',
      () => false,
    );
    return await Promise.race([pong, timedOut]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
