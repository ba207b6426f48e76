import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisConfigData } from '../../src/manifests/redis.js';
import { redisMasterName } from '../../src/manifests/names.js';
import { eventually, freePort, portOpen, start, stop, type Started } from './processes.js';

/** Connection errors during a failover are expected; the assertions say what must hold. */
export function quiet(client: Redis): Redis {
  client.on('error', () => undefined);
  return client;
}

/**
 * Three Redis members and three Sentinels on loopback, started by the generated start scripts
 * with the generated configs, each with its own data directory (its volume) that outlives
 * the process, as a pod's volume outlives the pod.
 */
export class RedisSet {
  readonly dir = mkdtempSync(join(tmpdir(), 'aneis-redis-'));
  readonly password = randomBytes(24).toString('base64url');
  readonly configCommand = `CONFIG_${randomBytes(8).toString('hex')}`;
  readonly redisPorts: number[] = [];
  readonly sentinelPorts: number[] = [];
  readonly redis: (Started | undefined)[] = [];
  readonly sentinels: (Started | undefined)[] = [];

  async prepare(): Promise<void> {
    for (const [name, text] of Object.entries(redisConfigData()))
      writeFileSync(join(this.dir, name), text);
    for (let i = 0; i < 3; i += 1) {
      this.redisPorts.push(await freePort());
      this.sentinelPorts.push(await freePort());
      mkdirSync(join(this.dir, `redis-${i}`), { recursive: true });
    }
  }

  private sentinelList(): string {
    return this.sentinelPorts.map((p) => `127.0.0.1:${p}`).join(',');
  }

  startRedis(i: number): Started {
    const port = this.redisPorts[i] ?? 0;
    const started = start('sh', [join(this.dir, 'redis-start.sh')], {
      POD_NAME: `redis-${i}`,
      REDIS_PORT: String(port),
      REDIS_BIND: '127.0.0.1',
      REDIS_DATA_DIR: join(this.dir, `redis-${i}`, 'data'),
      REDIS_RUN_DIR: join(this.dir, `redis-${i}`, 'run'),
      REDIS_CONF_TEMPLATE: join(this.dir, 'redis.conf'),
      REDIS_ANNOUNCE_HOST: '127.0.0.1',
      REDIS_SENTINELS: this.sentinelList(),
      REDIS_SENTINEL_WAIT_SECONDS: '20',
      REDIS_INITIAL_PRIMARY_HOST: '127.0.0.1',
      REDIS_INITIAL_PRIMARY_PORT: String(this.redisPorts[0]),
      REDIS_PASSWORD: this.password,
      REDIS_CONFIG_COMMAND: this.configCommand,
      // as in the cluster: to a file, which the log-forwarder sidecar ships
      REDIS_LOG_FILE: join(this.dir, `redis-${i}.log`),
    });
    this.redis[i] = started;
    return started;
  }

  startSentinel(i: number): Started {
    const started = start('sh', [join(this.dir, 'sentinel-start.sh')], {
      POD_NAME: `redis-sentinel-${i}`,
      SENTINEL_PORT: String(this.sentinelPorts[i]),
      SENTINEL_BIND: '127.0.0.1',
      SENTINEL_DATA_DIR: join(this.dir, `sentinel-${i}`),
      SENTINEL_CONF_TEMPLATE: join(this.dir, 'sentinel.conf'),
      SENTINEL_ANNOUNCE_HOST: '127.0.0.1',
      SENTINEL_DOWN_AFTER_MS: '1000',
      SENTINEL_FAILOVER_TIMEOUT_MS: '5000',
      REDIS_SENTINELS: this.sentinelList(),
      REDIS_INITIAL_PRIMARY_HOST: '127.0.0.1',
      REDIS_INITIAL_PRIMARY_PORT: String(this.redisPorts[0]),
      REDIS_PASSWORD: this.password,
      REDIS_CONFIG_COMMAND: this.configCommand,
      SENTINEL_LOG_FILE: join(this.dir, `sentinel-${i}.log`),
    });
    this.sentinels[i] = started;
    return started;
  }

  direct(port: number): Redis {
    return quiet(
      new Redis({
        host: '127.0.0.1',
        port,
        password: this.password,
        lazyConnect: true,
        retryStrategy: () => null,
      }),
    );
  }

  private async ask<T>(port: number, run: (c: Redis) => Promise<T>): Promise<T> {
    const c = this.direct(port);
    try {
      await c.connect();
      return await run(c);
    } finally {
      c.disconnect();
    }
  }

  async role(port: number): Promise<string> {
    return this.ask(port, async (c) => ((await c.call('ROLE')) as [string])[0]);
  }

  /** The primary's port as Sentinel `index` names it. */
  async primaryPort(index = 0): Promise<number> {
    return this.ask(this.sentinelPorts[index] ?? 0, async (c) => {
      const reply = (await c.call('SENTINEL', 'get-master-addr-by-name', redisMasterName)) as [
        string,
        string,
      ];
      return Number(reply[1]);
    });
  }

  async waitForPorts(): Promise<void> {
    for (const port of [...this.redisPorts, ...this.sentinelPorts])
      await eventually(`port ${port}`, () => portOpen(port));
  }

  async waitInSync(primary: number): Promise<void> {
    // a full resync after a restart takes a while on a busy machine
    await eventually(
      'both replicas in sync',
      () =>
        this.ask(primary, async (c) => {
          const info = await c.info('replication');
          return /connected_slaves:2/.test(info) && !/state=(wait_bgsave|send_bulk)/.test(info)
            ? true
            : undefined;
        }),
      90_000,
    );
  }

  /** A failover needs Sentinels that know each other and the replicas (hello messages, ~2 s). */
  async waitForSentinelsToMeet(): Promise<void> {
    for (const port of this.sentinelPorts) {
      await eventually(`sentinel ${port} to know its peers`, () =>
        this.ask(port, async (c) => {
          const flat = (await c.call('SENTINEL', 'master', redisMasterName)) as string[];
          const info = new Map<string, string>();
          for (let i = 0; i + 1 < flat.length; i += 2) info.set(flat[i] ?? '', flat[i + 1] ?? '');
          return info.get('num-other-sentinels') === '2' && info.get('num-slaves') === '2'
            ? true
            : undefined;
        }),
      );
    }
  }

  async stopAll(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await Promise.all([...this.redis, ...this.sentinels].map((s) => stop(s, signal)));
  }

  async remove(): Promise<void> {
    await this.stopAll();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
