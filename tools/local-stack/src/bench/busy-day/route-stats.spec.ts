import { RouteStats, classify, percentile } from './route-stats.js';

describe('busy-day route figures', () => {
  it.each([
    [{ status: 200 }, 'ok'],
    [{ status: 409, code: 'OUT_OF_STOCK' }, 'sold-out'],
    [{ status: 409 }, 'error'],
    [{ status: 429 }, 'rate-limited'],
    [{ status: 503 }, 'error'],
    [{ status: 0, detail: 'socket hang up' }, 'error'],
  ] as const)('when the answer is %j, then it counts as %s', (answer, outcome) => {
    expect(classify(answer)).toBe(outcome);
  });

  it('when latencies are recorded, then p50 and p99 are nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(100);
    expect(percentile(sorted, 0.99)).toBe(198);
    expect(percentile([], 0.99)).toBe(0);
  });

  it('when errors repeat, then they are grouped by route, status and message, most frequent first', () => {
    const stats = new RouteStats();
    stats.record('POST /security/login', 10, { status: 500, detail: 'Internal Server Error' });
    stats.record('POST /security/login', 30, { status: 500, detail: 'Internal Server Error' });
    stats.record('POST /security/login', 20, { status: 200 });
    stats.record('GET /ui/featured', 5, { status: 0, detail: 'socket hang up' });

    expect(stats.errorKinds()).toEqual([
      { route: 'POST /security/login', status: 500, detail: 'Internal Server Error', count: 2 },
      { route: 'GET /ui/featured', status: 0, detail: 'socket hang up', count: 1 },
    ]);
    const [featured, login] = stats.figures();
    expect(featured?.route).toBe('GET /ui/featured');
    expect(login).toMatchObject({ count: 3, p50Ms: 20, p99Ms: 30 });
    expect(login?.outcomes).toEqual({ ok: 1, 'sold-out': 0, 'rate-limited': 0, error: 2 });
  });
});
