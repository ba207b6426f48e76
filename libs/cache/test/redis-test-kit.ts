import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { TcpProxy } from '@aneis/testing';
import { Redis } from 'ioredis';
import type { Logger } from '../src/logger.js';

export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix no other test run shares, e.g. `test:3f0c…:`. */
export function uniquePrefix(): string {
  return `test:${randomUUID()}:`;
}

/** Deletes every key under `prefix`, through a client of its own that has no key prefix. */
export async function deleteKeys(prefix: string): Promise<void> {
  const admin = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await admin.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await admin.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    admin.disconnect();
  }
}

/** A port on which nothing listens: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A relay to the shared Redis that a test can take down and bring back on the same port, to
 * play an outage without stopping the Redis every other test uses.
 */
export class RedisRelay extends TcpProxy {
  constructor() {
    const upstream = new URL(redisUrl);
    super(upstream.hostname, Number(upstream.port || 6379));
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
}

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  meta?: Record<string, unknown>;
}

export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    info: (message, meta) => lines.push({ level: 'info', message, meta }),
    warn: (message, meta) => lines.push({ level: 'warn', message, meta }),
    error: (message, meta) => lines.push({ level: 'error', message, meta }),
  };
}

/** Resolves when `client` emits `event`, fails the test if it has not after `ms`. */
export function nextEvent(client: Redis, event: string, ms = 5_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${event}" within ${ms} ms`)), ms);
    client.once(event, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Fails with `what` if `promise` does not settle within `ms`: a guard against hanging. */
export async function settlesWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} still pending after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, hung]);
  } finally {
    clearTimeout(timer);
  }
}

/** A loader that counts its calls. */
export function countingLoader<T>(value: T, delayMs = 0) {
  const loader = async (): Promise<T> => {
    loader.calls += 1;
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return value;
  };
  loader.calls = 0;
  return loader;
}
