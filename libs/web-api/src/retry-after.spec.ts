import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from './api-error.js';
import { createHttpClient, retryAfterMs } from './http-client.js';

type Answer = (res: ServerResponse) => void;

/** A real HTTP server that gives its scripted answers in turn (the last one from then on). */
async function scriptedServer(answers: Answer[]): Promise<{ server: Server; baseUrl: string }> {
  let served = 0;
  const server = createServer((_req, res) => {
    const answer = answers[Math.min(served, answers.length - 1)];
    served += 1;
    answer?.(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

const refusal =
  (status: number, retryAfter: string | undefined): Answer =>
  (res) => {
    res.writeHead(status, {
      'Content-Type': 'application/json',
      ...(retryAfter === undefined ? {} : { 'Retry-After': retryAfter }),
    });
    res.end(JSON.stringify({ status: 'failed', httpStatus: status, errorDetails: 'busy' }));
  };

const success: Answer = (res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ status: 'successful', httpStatus: 200, responseData: 'signed in' }));
};

describe('Retry-After', () => {
  let server: Server | undefined;
  afterEach(async () => {
    if (!server) return;
    // fetch keeps its connection alive: close it, or close() waits for it to idle out.
    server.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  /** Records the waits instead of sleeping them, so the test does not wait seconds. */
  function recordingSleep() {
    const waits: number[] = [];
    return { waits, sleep: async (ms: number) => void waits.push(ms) };
  }

  it('when the server refuses with 503 and Retry-After, then the client waits that long and tries again', async () => {
    const started = await scriptedServer([refusal(503, '2'), success]);
    server = started.server;
    const { waits, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: started.baseUrl, sleep });

    await expect(client.request({ method: 'POST', path: '/security/login' })).resolves.toBe(
      'signed in',
    );
    expect(waits).toHaveLength(1);
    // Two seconds, plus up to 30 % so a crowd refused together comes back spread out.
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(waits[0]).toBeLessThanOrEqual(2600);
    expect(client.reachability.reachable).toBe(true);
  });

  it('when the refusals go on, then it gives up after two retries with the last answer', async () => {
    const started = await scriptedServer([refusal(429, '1')]);
    server = started.server;
    const { waits, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: started.baseUrl, sleep });

    const error = await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'server', status: 429 });
    expect(waits).toHaveLength(2);
  });

  it('when Retry-After is missing or too long to wait for, then the refusal is reported at once', async () => {
    const started = await scriptedServer([refusal(429, '60'), refusal(503, undefined), success]);
    server = started.server;
    const { waits, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: started.baseUrl, sleep });

    await expect(client.request({ method: 'GET', path: '/a' })).rejects.toMatchObject({
      status: 429,
    });
    await expect(client.request({ method: 'GET', path: '/b' })).rejects.toMatchObject({
      status: 503,
    });
    expect(waits).toEqual([]);
  });

  it('when the wait would pass the time limit, then the client does not wait', async () => {
    const started = await scriptedServer([refusal(503, '5'), success]);
    server = started.server;
    const { waits, sleep } = recordingSleep();
    const client = createHttpClient({ baseUrl: started.baseUrl, sleep, timeoutMs: 3000 });

    await expect(client.request({ method: 'GET', path: '/a' })).rejects.toMatchObject({
      status: 503,
    });
    expect(waits).toEqual([]);
  });

  it('when the page cancels during the wait, then the request ends as cancelled', async () => {
    const started = await scriptedServer([refusal(503, '1'), success]);
    server = started.server;
    const client = createHttpClient({ baseUrl: started.baseUrl });
    const cancel = new AbortController();

    const pending = client.request({ method: 'GET', path: '/a', signal: cancel.signal });
    setTimeout(() => cancel.abort(), 200);

    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('reads Retry-After in seconds and ignores what it cannot read', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(' 1 ')).toBe(1000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
    expect(retryAfterMs('-1')).toBeUndefined();
  });
});
