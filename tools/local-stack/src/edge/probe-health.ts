import { request } from 'node:http';

export interface ProbeOutcome {
  readonly ok: boolean;
  /** `HTTP 200`, `HTTP 503`, `ECONNREFUSED`, `timeout after 800 ms`, … */
  readonly detail: string;
}

/**
 * One GET of a health path on a fresh connection (so a probe also proves the instance still
 * accepts connections). 2xx is healthy; anything else, including no answer in time, is not.
 * Never throws.
 */
export function probeHealth(
  host: string,
  port: number,
  path: string,
  options: { timeoutMs: number },
): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: ProbeOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = request({ host, port, path, method: 'GET', agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      res.resume();
      res.on('error', () => undefined);
      settle({ ok: status >= 200 && status < 300, detail: `HTTP ${status}` });
      res.on('end', () => req.destroy());
    });
    const timer = setTimeout(() => {
      settle({ ok: false, detail: `timeout after ${options.timeoutMs} ms` });
      req.destroy();
    }, options.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      settle({ ok: false, detail: error.code ?? error.message });
    });
    req.end();
  });
}
