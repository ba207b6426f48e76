import type { Redis } from 'ioredis';
import { markClosedOnPurpose } from './connection-log.js';

const quitTimeoutMs = 1_000;
const closing = new WeakMap<Redis, Promise<void>>();

/**
 * Closes a client: QUIT when connected (replies to commands already sent still arrive), a plain
 * disconnect when not connected or when QUIT does not finish in time. Calling it again, even
 * concurrently, returns the same promise.
 */
export function closeRedis(client: Redis): Promise<void> {
  const existing = closing.get(client);
  if (existing) return existing;
  const closed = close(client);
  closing.set(client, closed);
  return closed;
}

async function close(client: Redis): Promise<void> {
  markClosedOnPurpose(client);
  if (client.status === 'end') return;
  if (client.status !== 'ready') {
    // Nothing to flush; this also cancels a pending reconnect timer.
    client.disconnect();
    return;
  }
  const ended = waitForEnd(client);
  try {
    await withTimeout(client.quit(), quitTimeoutMs);
    await withTimeout(ended, quitTimeoutMs);
  } catch {
    client.disconnect();
  }
}

function waitForEnd(client: Redis): Promise<void> {
  return new Promise((resolve) => client.once('end', () => resolve()));
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
