import { request } from 'node:http';

/**
 * Milliseconds from sending a GET through the local edge to the first byte of the answer (its
 * status line and headers), as a crawler or a browser's first visit sees it: no cookies, a fresh
 * connection each time, so every run pays the server's whole render.
 */
export function timeToFirstByte(url: string, edgePort: number): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      {
        host: '127.0.0.1',
        port: edgePort,
        path: `${target.pathname}${target.search}`,
        agent: false,
        headers: { host: target.host, accept: 'text/html' },
      },
      (res) => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(Math.round(ms * 10) / 10)
            : reject(new Error(`${url} answered ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.setTimeout(20_000, () => req.destroy(new Error(`no answer from ${url}`)));
    req.end();
  });
}
