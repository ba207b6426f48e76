import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { Redis } from 'ioredis';
import { redisMasterName } from '../src/manifests/names.js';
import { eventually, hasBinary, portOpen, skipNotice, stop } from './support/processes.js';
import { quiet, RedisSet } from './support/redis-set.js';

skipNotice('redis-server', 'redis-server');

/** What a client without the password hears (a plain socket, so nothing retries or hides it). */
function rawReply(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${command}\r\n`));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString());
    });
    socket.once('error', reject);
  });
}

/**
 * The servers' client as libs/cache's createRedisClient builds it in Sentinel mode (same
 * options; deploy may not import a data-access lib): name, sentinels and password from
 * REDIS_SENTINEL_NAME / REDIS_SENTINELS / REDIS_PASSWORD (also the Sentinels' password), fail
 * fast, reconnect on READONLY.
 */
function serversClient(set: RedisSet): Redis {
  return quiet(
    new Redis({
      sentinels: set.sentinelPorts.map((port) => ({ host: '127.0.0.1', port })),
      name: redisMasterName,
      password: set.password,
      sentinelPassword: set.password,
      maxRetriesPerRequest: 1,
      commandTimeout: 1_000,
      retryStrategy: (times) => Math.min(times * 100, 2_000),
      reconnectOnError: (error) => error.message.startsWith('READONLY'),
    }),
  );
}

describe.skipIf(!hasBinary('redis-server'))(
  'generated redis.conf and sentinel.conf on real processes',
  () => {
    const set = new RedisSet();
    const { redisPorts, sentinelPorts, configCommand, dir } = set;
    let client: Redis | undefined;
    const role = (port: number) => set.role(port);
    const direct = (port: number) => set.direct(port);

    beforeAll(async () => {
      await set.prepare();
      for (let i = 0; i < 3; i += 1) set.startRedis(i);
      for (let i = 0; i < 3; i += 1) set.startSentinel(i);
      await set.waitForPorts();
      expect(await set.waitInSync()).toBe(redisPorts[0]);
      await set.waitForSentinelsToMeet();
    });

    afterAll(async () => {
      client?.disconnect();
      await set.remove();
    });

    it('when started, then ordinal 0 is primary, the others replicate it, and dangerous commands are gone', async () => {
      expect(await role(redisPorts[0] ?? 0)).toBe('master');
      expect(await role(redisPorts[1] ?? 0)).toBe('slave');
      expect(await role(redisPorts[2] ?? 0)).toBe('slave');
      const c = direct(redisPorts[0] ?? 0);
      await c.connect();
      for (const command of ['FLUSHALL', 'FLUSHDB', 'DEBUG', 'CONFIG']) {
        await expect(c.call(command, 'GET', 'x'), command).rejects.toThrow(/unknown command/i);
      }
      expect(await c.call(configCommand, 'GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      c.disconnect();
      expect(await rawReply(redisPorts[0] ?? 0, 'GET x')).toMatch(/^-NOAUTH/);
    });

    it("when the primary is killed, then a replica is promoted and the servers' client keeps working", async () => {
      client = serversClient(set);
      const key = `test:${randomBytes(6).toString('hex')}:cart`;
      await client.set(key, 'before failover');
      await client.call('WAIT', '2', '2000');

      await stop(set.redis[0], 'SIGKILL');
      const promoted = await eventually('a promoted replica', async () => {
        const port = await set.primaryPort();
        return port !== redisPorts[0] && (await role(port)) === 'master' ? port : undefined;
      });
      expect([redisPorts[1], redisPorts[2]]).toContain(promoted);

      const reply = await eventually('the same client to write again', async () => {
        await client?.set(`${key}:after`, 'after failover');
        return client?.get(key);
      });
      expect(reply).toBe('before failover');
      expect(await client.get(`${key}:after`)).toBe('after failover');

      // the old primary's pod restarts with the same script and rejoins as a replica
      const restarted = set.startRedis(0);
      await eventually('old primary back', () => portOpen(redisPorts[0] ?? 0));
      expect(
        await eventually('old primary as replica', async () =>
          (await role(redisPorts[0] ?? 0)) === 'slave' ? 'slave' : undefined,
        ),
      ).toBe('slave');
      expect(restarted.output()).toMatch(/starts as replica of 127\.0\.0\.1 \d+/);
      // the log files the forwarder ships: Redis and the Sentinels write there, not to stdout
      expect(readFileSync(join(dir, 'redis-0.log'), 'utf8')).toContain(
        'Ready to accept connections',
      );
      await eventually('the failover in a Sentinel log', async () =>
        [0, 1, 2].some((i) =>
          readFileSync(join(dir, `sentinel-${i}.log`), 'utf8').includes('+switch-master'),
        )
          ? true
          : undefined,
      );
      await client.del(key, `${key}:after`);
    });

    it('when a client has no password, then the Sentinels refuse it', async () => {
      expect(await rawReply(sentinelPorts[0] ?? 0, 'SENTINEL masters')).toMatch(/^-NOAUTH/);
      expect(await rawReply(sentinelPorts[1] ?? 0, 'PING')).toMatch(/^-NOAUTH/);
    });

    it('when every pod restarts after a failover, then the promoted primary stays primary and keeps the newest data', async () => {
      const primary = await set.waitInSync();
      expect(primary).not.toBe(redisPorts[0]);
      const key = `test:${randomBytes(6).toString('hex')}:newest`;
      const writer = direct(primary);
      await writer.connect();
      await writer.set(key, 'written after the failover');
      await writer.call('WAIT', '2', '2000');
      writer.disconnect();

      client?.disconnect();
      client = undefined;
      await set.stopAll();
      // Redis pods may come up before the Sentinels, ordinal 0 first, as after a power cut
      const starting = [0, 1, 2].map((i) => set.startRedis(i));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (let i = 0; i < 3; i += 1) set.startSentinel(i);
      await set.waitForPorts();

      expect(await set.primaryPort()).toBe(primary);
      await eventually('the promoted member primary again', async () =>
        (await role(primary)) === 'master' ? true : undefined,
      );
      expect(await role(redisPorts[0] ?? 0)).toBe('slave');
      expect(starting[0]?.output()).toMatch(
        new RegExp(`starts as replica of 127\\.0\\.0\\.1 ${primary}`),
      );
      expect(set.sentinels[0]?.output()).toContain('keeps its own state');
      client = serversClient(set);
      expect(await eventually('the newest data', async () => client?.get(key))).toBe(
        'written after the failover',
      );
      // the Redis processes and their volumes go away with the test: nothing to clean
    }, 180_000);
  },
);
