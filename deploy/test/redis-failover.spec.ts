import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { Redis } from 'ioredis';
import { redisConfigData } from '../src/manifests/redis.js';
import { redisMasterName } from '../src/manifests/names.js';
import {
  eventually,
  freePort,
  hasBinary,
  portOpen,
  skipNotice,
  start,
  stop,
  type Started,
} from './support/processes.js';

skipNotice('redis-server', 'redis-server');

const password = randomBytes(24).toString('base64url');
const configCommand = `CONFIG_${randomBytes(8).toString('hex')}`;

/**
 * The servers' client as libs/cache's createRedisClient builds it in Sentinel mode (same
 * options; deploy may not import a data-access lib): name, sentinels and password from
 * REDIS_SENTINEL_NAME / REDIS_SENTINELS / REDIS_PASSWORD, fail fast, reconnect on READONLY.
 */
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

/** Connection errors during a failover are expected; the assertions say what must hold. */
function quiet(client: Redis): Redis {
  client.on('error', () => undefined);
  return client;
}

function serversClient(sentinelPorts: number[]): Redis {
  return quiet(
    new Redis({
      sentinels: sentinelPorts.map((port) => ({ host: '127.0.0.1', port })),
      name: redisMasterName,
      password,
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
    const dir = mkdtempSync(join(tmpdir(), 'aneis-redis-'));
    const redisPorts: number[] = [];
    const sentinelPorts: number[] = [];
    const redis: (Started | undefined)[] = [];
    const sentinels: Started[] = [];
    let client: Redis | undefined;

    const direct = (port: number) =>
      quiet(
        new Redis({
          host: '127.0.0.1',
          port,
          password,
          lazyConnect: true,
          retryStrategy: () => null,
        }),
      );

    function startRedis(i: number): Started {
      const port = redisPorts[i] ?? 0;
      return start('sh', [join(dir, 'redis-start.sh')], {
        POD_NAME: `redis-${i}`,
        REDIS_PORT: String(port),
        REDIS_BIND: '127.0.0.1',
        REDIS_DATA_DIR: join(dir, `redis-${i}`, 'data'),
        REDIS_RUN_DIR: join(dir, `redis-${i}`, 'run'),
        REDIS_CONF_TEMPLATE: join(dir, 'redis.conf'),
        REDIS_ANNOUNCE_HOST: '127.0.0.1',
        REDIS_SENTINELS: sentinelPorts.map((p) => `127.0.0.1:${p}`).join(','),
        REDIS_INITIAL_PRIMARY_HOST: '127.0.0.1',
        REDIS_INITIAL_PRIMARY_PORT: String(redisPorts[0]),
        REDIS_PASSWORD: password,
        REDIS_CONFIG_COMMAND: configCommand,
        // as in the cluster: to a file, which the log-forwarder sidecar ships
        REDIS_LOG_FILE: join(dir, `redis-${i}.log`),
      });
    }

    async function role(port: number): Promise<string> {
      const c = direct(port);
      try {
        await c.connect();
        const reply = (await c.call('ROLE')) as [string, ...unknown[]];
        return reply[0];
      } finally {
        c.disconnect();
      }
    }

    async function primaryPort(): Promise<number> {
      const c = quiet(
        new Redis({
          host: '127.0.0.1',
          port: sentinelPorts[0],
          lazyConnect: true,
          retryStrategy: () => null,
        }),
      );
      try {
        await c.connect();
        const reply = (await c.call(
          'SENTINEL',
          'get-master-addr-by-name',
          redisMasterName,
        )) as string[];
        return Number(reply[1]);
      } finally {
        c.disconnect();
      }
    }

    beforeAll(async () => {
      for (const [name, text] of Object.entries(redisConfigData()))
        writeFileSync(join(dir, name), text);
      for (let i = 0; i < 3; i += 1) {
        redisPorts.push(await freePort());
        sentinelPorts.push(await freePort());
      }
      for (let i = 0; i < 3; i += 1) {
        mkdirSync(join(dir, `redis-${i}`), { recursive: true });
        redis.push(startRedis(i));
      }
      for (let i = 0; i < 3; i += 1) {
        sentinels.push(
          start('sh', [join(dir, 'sentinel-start.sh')], {
            POD_NAME: `redis-sentinel-${i}`,
            SENTINEL_PORT: String(sentinelPorts[i]),
            SENTINEL_BIND: '127.0.0.1',
            SENTINEL_RUN_DIR: join(dir, `sentinel-${i}`),
            SENTINEL_CONF_TEMPLATE: join(dir, 'sentinel.conf'),
            SENTINEL_ANNOUNCE_HOST: '127.0.0.1',
            SENTINEL_DOWN_AFTER_MS: '1000',
            SENTINEL_FAILOVER_TIMEOUT_MS: '5000',
            REDIS_SENTINELS: '',
            REDIS_INITIAL_PRIMARY_HOST: '127.0.0.1',
            REDIS_INITIAL_PRIMARY_PORT: String(redisPorts[0]),
            REDIS_PASSWORD: password,
            REDIS_CONFIG_COMMAND: configCommand,
            SENTINEL_LOG_FILE: join(dir, `sentinel-${i}.log`),
          }),
        );
      }
      for (const port of [...redisPorts, ...sentinelPorts])
        await eventually(`port ${port}`, () => portOpen(port));
      await eventually('both replicas in sync', async () => {
        const c = direct(redisPorts[0] ?? 0);
        try {
          await c.connect();
          const info = await c.info('replication');
          return /connected_slaves:2/.test(info) && !/state=(wait_bgsave|send_bulk)/.test(info)
            ? true
            : undefined;
        } finally {
          c.disconnect();
        }
      });
      // a failover needs Sentinels that know each other and the replicas (hello messages, ~2 s)
      for (const port of sentinelPorts) {
        await eventually(`sentinel ${port} to know its peers`, async () => {
          const c = quiet(
            new Redis({ host: '127.0.0.1', port, lazyConnect: true, retryStrategy: () => null }),
          );
          try {
            await c.connect();
            const flat = (await c.call('SENTINEL', 'master', redisMasterName)) as string[];
            const info = new Map<string, string>();
            for (let i = 0; i + 1 < flat.length; i += 2) info.set(flat[i] ?? '', flat[i + 1] ?? '');
            return info.get('num-other-sentinels') === '2' && info.get('num-slaves') === '2'
              ? true
              : undefined;
          } finally {
            c.disconnect();
          }
        });
      }
    });

    afterAll(async () => {
      client?.disconnect();
      await Promise.all([...redis, ...sentinels].map((s) => stop(s)));
      rmSync(dir, { recursive: true, force: true });
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
      client = serversClient(sentinelPorts);
      const key = `test:${randomBytes(6).toString('hex')}:cart`;
      await client.set(key, 'before failover');
      await client.call('WAIT', '2', '2000');

      await stop(redis[0], 'SIGKILL');
      redis[0] = undefined;
      const promoted = await eventually('a promoted replica', async () => {
        const port = await primaryPort();
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
      redis[0] = startRedis(0);
      await eventually('old primary back', () => portOpen(redisPorts[0] ?? 0));
      expect(
        await eventually('old primary as replica', async () =>
          (await role(redisPorts[0] ?? 0)) === 'slave' ? 'slave' : undefined,
        ),
      ).toBe('slave');
      expect(redis[0].output()).toMatch(/starts as replica of 127\.0\.0\.1 \d+/);
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
  },
);
