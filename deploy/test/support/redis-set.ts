import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      // quick enough for a test, slow enough that a member stalled by a busy disk (its AOF
      // fsync) for a second or two on a loaded CI machine is not failed over by mistake
      SENTINEL_DOWN_AFTER_MS: '3000',
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

  /** The last lines each member and Sentinel logged: what a failed wait shows of the set. */
  private logTails(lines = 6): string {
    const names = [0, 1, 2].flatMap((i) => [`redis-${i}`, `sentinel-${i}`]);
    return names
      .map((name) => {
        const path = join(this.dir, `${name}.log`);
        const tail = existsSync(path) ? readFileSync(path, 'utf8').trimEnd().split('\n') : [];
        return `--- ${name}.log\n${tail.slice(-lines).join('\n')}`;
      })
      .join('\n');
  }

  /**
   * Waits until the member the Sentinels name as primary has both replicas connected and past
   * their full resync (a while on a busy machine), and returns its port. The primary is asked
   * of the Sentinels at every look, not fixed by the caller: on a loaded machine they may fail
   * over again, and a wait on a member that stopped being primary could never end.
   */
  async waitInSync(): Promise<number> {
    return eventually(
      'both replicas in sync',
      async () => {
        const primary = await this.primaryPort();
        const info = await this.ask(primary, (c) => c.info('replication'));
        const synced =
          /role:master/.test(info) &&
          /connected_slaves:2/.test(info) &&
          !/state=(wait_bgsave|send_bulk)/.test(info);
        if (synced) return primary;
        throw new Error(
          `the Sentinels name port ${primary}, which says:\n${info.trim()}\n${this.logTails()}`,
        );
      },
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
