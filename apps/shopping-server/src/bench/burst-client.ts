import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  /** The Retry-After header, when the answer carried one. */
  retryAfter: string | undefined;
  ms: number;
}

/** A status of 0 stands for a request that got no answer (socket error). */
function send(
  url: URL,
  options: { method: string; headers?: Record<string, string>; body?: string; agent?: Agent },
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: options.method,
        headers: options.headers,
        // A fresh connection per login, as distinct shoppers would open.
        agent: options.agent ?? false,
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const retryAfter = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, retryAfter, ms: performance.now() - started });
        });
      },
    );
    req.on('error', () => resolve({ status: 0, retryAfter: undefined, ms: 0 }));
    req.end(options.body);
  });
}

/** One login of one shopper from its own address (the server trusts X-Forwarded-For here). */
export function login(base: string, email: string, password: string, address: string) {
  const body = JSON.stringify({ email, password });
  return send(new URL('/security/login', base), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
      'X-Forwarded-For': address,
    },
    body,
  });
}

export interface HealthWatch {
  /** Stops polling and reports what the probe saw. */
  stop(): Promise<{ maxMs: number; answered: number; failed: number }>;
}

/**
 * Asks `/healthz` one request after another (a kept-alive connection, as a kubelet would) every
 * `intervalMs`, recording each answer's latency.
 */
export function watchHealth(base: string, intervalMs = 25): HealthWatch {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL('/healthz', base);
  let stopped = false;
  let maxMs = 0;
  let answered = 0;
  let failed = 0;
  const loop = (async () => {
    while (!stopped) {
      const answer = await send(url, { method: 'GET', agent });
      if (answer.status === 200) answered += 1;
      else failed += 1;
      maxMs = Math.max(maxMs, answer.ms);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      agent.destroy();
      return { maxMs, answered, failed };
    },
  };
}
