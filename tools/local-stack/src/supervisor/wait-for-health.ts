import { probeHealth } from '../edge/probe-health.js';

export interface WaitForHealthOptions {
  readonly host: string;
  readonly port: number;
  readonly path: string;
  /** Give up after this long. */
  readonly timeoutMs: number;
  /** Stops waiting early (e.g. the process exited); its message becomes the error. */
  readonly abort?: AbortSignal;
  /** Default 150 ms. */
  readonly pollMs?: number;
}

/** Resolves once `GET path` answers 2xx; rejects on timeout or abort, with the last answer seen. */
export async function waitForHealth(options: WaitForHealthOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    if (options.abort?.aborted) throw abortError(options.abort);
    const outcome = await probeHealth(options.host, options.port, options.path, {
      timeoutMs: 1_000,
    });
    if (outcome.ok) return;
    last = outcome.detail;
    if (Date.now() >= deadline) {
      throw new Error(`${options.path} not healthy after ${options.timeoutMs} ms (last: ${last})`);
    }
    await delay(options.pollMs ?? 150, options.abort);
  }
}

function delay(ms: number, abort: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    abort?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      abort?.removeEventListener('abort', done);
      resolve();
    }
  });
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason));
}
