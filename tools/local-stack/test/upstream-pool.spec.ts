import { UpstreamPool } from '../src/edge/upstream-pool.js';
import { startDummyUpstream, type DummyUpstream } from './dummy-upstream.js';

/*
 * Probes are driven by hand (probeAllNow) so each test decides exactly how many probes ran.
 */
describe('upstream pool health', () => {
  let upstream: DummyUpstream;
  let changes: string[];

  const poolOver = (failureThreshold?: number): UpstreamPool => {
    const pool = new UpstreamPool('shopping-server', {
      healthPath: '/readyz',
      timeoutMs: 2_000,
      ...(failureThreshold === undefined ? {} : { failureThreshold }),
      onChange: (instance, healthy, reason) =>
        changes.push(`${instance.id} ${healthy ? 'up' : 'down'} (${reason})`),
    });
    pool.add({ id: 'shopping-server#1', host: '127.0.0.1', port: upstream.port }, true);
    return pool;
  };

  beforeEach(async () => {
    upstream = await startDummyUpstream('shopping-server#1');
    changes = [];
  });

  afterEach(async () => {
    await upstream.kill();
  });

  it('when one probe fails, then the instance stays in rotation until a second one in a row fails', async () => {
    const pool = poolOver();
    upstream.healthStatus = 503;
    await pool.probeAllNow();
    expect(pool.healthyCount()).toBe(1);
    upstream.healthStatus = 200;
    await pool.probeAllNow();
    upstream.healthStatus = 503;
    await pool.probeAllNow();
    expect(pool.healthyCount(), 'a pass in between starts the count again').toBe(1);
    await pool.probeAllNow();
    expect(pool.healthyCount()).toBe(0);
    expect(changes).toEqual(['shopping-server#1 down (HTTP 503)']);
  });

  it('when a probe passes again, then the instance is back at once', async () => {
    const pool = poolOver();
    upstream.healthStatus = 503;
    await pool.probeAllNow();
    await pool.probeAllNow();
    upstream.healthStatus = 200;
    await pool.probeAllNow();
    expect(pool.healthyCount()).toBe(1);
    expect(changes).toEqual([
      'shopping-server#1 down (HTTP 503)',
      'shopping-server#1 up (HTTP 200)',
    ]);
  });

  it('when nothing listens any more, then the first probe takes the instance out', async () => {
    const pool = poolOver();
    await upstream.kill();
    await pool.probeAllNow();
    expect(pool.healthyCount()).toBe(0);
    expect(changes).toEqual(['shopping-server#1 down (ECONNREFUSED)']);
  });

  it('when the threshold is 1, then a single failed probe is enough', async () => {
    const pool = poolOver(1);
    upstream.healthStatus = 503;
    await pool.probeAllNow();
    expect(pool.healthyCount()).toBe(0);
  });

  it('when every instance failed its probes but still accepts connections, then one is still picked', async () => {
    const pool = poolOver(1);
    upstream.healthStatus = 503;
    await pool.probeAllNow();
    expect(pool.healthyCount()).toBe(0);
    expect(pool.pick()?.id, 'better a busy replica than a certain 502').toBe('shopping-server#1');
    expect(pool.pick(new Set(['shopping-server#1']))).toBeUndefined();
  });

  it('when a ready instance exists, then an unready one is never picked', async () => {
    const pool = poolOver(1);
    const second = await startDummyUpstream('shopping-server#2');
    try {
      pool.add({ id: 'shopping-server#2', host: '127.0.0.1', port: second.port }, true);
      upstream.healthStatus = 503;
      await pool.probeAllNow();
      const picked = [pool.pick(), pool.pick(), pool.pick()].map((instance) => instance?.id);
      expect(picked).toEqual(['shopping-server#2', 'shopping-server#2', 'shopping-server#2']);
    } finally {
      await second.kill();
    }
  });

  it('when an instance refuses connections or never answered yet, then it is not picked at all', async () => {
    const pool = poolOver();
    pool.markDown('shopping-server#1', 'connection refused');
    expect(pool.pick()).toBeUndefined();
    const starting = poolOver();
    starting.add({ id: 'shopping-server#1', host: '127.0.0.1', port: upstream.port }, false);
    expect(starting.pick()).toBeUndefined();
  });
});
