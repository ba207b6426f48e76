import type { IncrementResponse, Store } from 'express-rate-limit';
import { createRateLimitGate } from '../src/fast-lane/rate-limit-gate.js';
import { memoryLogger } from './support/memory-logger.js';

const WINDOW_MS = 60_000;

function gateOver(increment: Store['increment']) {
  const memory = memoryLogger();
  const store = { increment, decrement: () => undefined, resetKey: () => undefined } as Store;
  const gate = createRateLimitGate(
    { store, limit: 2, windowMs: WINDOW_MS, keyPrefix: 'test:', message: 'slow down' },
    memory.logger,
  );
  return { gate, logs: memory.entries };
}

function counted(totalHits: number): IncrementResponse {
  return { totalHits, resetTime: new Date(Date.now() + WINDOW_MS) };
}

describe('fast-lane rate-limit gate', () => {
  it('when the store answers at once, then so does the gate, with the draft-7 headers', () => {
    const { gate } = gateOver(() => counted(1));
    const answer = gate('203.0.113.9');
    expect(answer).not.toBeInstanceOf(Promise);
    expect(answer).toEqual({
      allowed: true,
      headers: ['RateLimit-Policy', '2;w=60', 'RateLimit', 'limit=2, remaining=1, reset=60'],
    });
  });

  it('when the store answers with a promise, then the gate refuses past the limit', async () => {
    const { gate } = gateOver(async () => counted(3));
    const answer = await gate('203.0.113.9');
    expect(answer.allowed).toBe(false);
    expect(answer.headers).toContain('Retry-After');
  });

  it('when the store throws at once or rejects, then the request passes and it is logged', async () => {
    const throwing = gateOver(() => {
      throw new Error('store broke');
    });
    expect(throwing.gate('203.0.113.9')).toEqual({ allowed: true, headers: [] });
    expect(throwing.logs.map((entry) => entry['error'])).toEqual(['store broke']);

    const rejecting = gateOver(() => Promise.reject(new Error('store away')));
    await expect(rejecting.gate('203.0.113.9')).resolves.toEqual({ allowed: true, headers: [] });
    expect(rejecting.logs.map((entry) => entry['error'])).toEqual(['store away']);
  });

  it('when IPv6 clients share a /56, then they share one key', () => {
    const keys: string[] = [];
    const { gate } = gateOver((key) => {
      keys.push(key);
      return counted(1);
    });
    gate('2001:db8:0:1::1');
    gate('2001:db8:0:2::1');
    gate('2001:db8:0:1::1');
    expect(new Set(keys).size).toBe(1);
  });
});
