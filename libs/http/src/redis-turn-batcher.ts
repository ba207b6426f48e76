import type { Redis } from 'ioredis';

export type RedisReply = boolean | number | string | Array<boolean | number | string>;

interface Queued {
  args: readonly string[];
  resolve: (reply: RedisReply) => void;
  reject: (error: Error) => void;
}

/**
 * Sends the raw commands issued during one turn of the event loop as one pipeline: one socket
 * write and one read for every request that arrived in that turn, instead of one each. Under
 * load a turn handles several requests, and the write system call per command cost more than
 * the rest of a rate-limit check. A command waits at most until the end of the current turn.
 */
export function createTurnBatcher(redis: Redis): (args: readonly string[]) => Promise<RedisReply> {
  let queue: Queued[] = [];

  function flush(): void {
    const batch = queue;
    queue = [];
    const pipeline = redis.pipeline();
    for (const { args } of batch) pipeline.call(args[0] ?? '', ...args.slice(1));
    pipeline.exec().then(
      (results) => {
        batch.forEach((queued, index) => {
          const [error, reply] = results?.[index] ?? [new Error('no reply from Redis'), null];
          if (error) queued.reject(error);
          else queued.resolve(reply as RedisReply);
        });
      },
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        for (const queued of batch) queued.reject(failure);
      },
    );
  }

  return (args) =>
    new Promise<RedisReply>((resolve, reject) => {
      queue.push({ args, resolve, reject });
      if (queue.length === 1) setImmediate(flush);
    });
}
