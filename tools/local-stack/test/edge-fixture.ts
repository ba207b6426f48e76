import { routesFor } from '@aneis/deploy';
import { startEdgeRouter, type RunningEdgeRouter } from '../src/edge/edge-router.js';
import { UpstreamPool } from '../src/edge/upstream-pool.js';
import { startDummyUpstream, type DummyUpstream } from './dummy-upstream.js';

export const BASE = 'gic-asenhoradosaneis.localhost';

export interface EdgeFixture {
  readonly edge: RunningEdgeRouter;
  readonly pools: Map<string, UpstreamPool>;
  readonly upstreams: Map<string, DummyUpstream>;
  readonly changes: string[];
  close(): Promise<void>;
}

/**
 * A real edge router over real dummy servers: one per component, two for the shopping server.
 * Probes run every 100 ms so health changes show quickly; their timeout stays generous, since a
 * probe that times out on a loaded CI machine would take a healthy dummy out of rotation.
 */
export async function startEdgeFixture(
  options: { upstreamTimeoutMs?: number } = {},
): Promise<EdgeFixture> {
  const layout: Array<[string, string[]]> = [
    ['website', ['website']],
    ['shopping-webclient', ['shopping-webclient']],
    ['management-webclient', ['management-webclient']],
    ['shopping-server', ['shopping-server#1', 'shopping-server#2']],
    ['management-server', ['management-server']],
  ];
  const pools = new Map<string, UpstreamPool>();
  const upstreams = new Map<string, DummyUpstream>();
  const changes: string[] = [];
  for (const [component, instances] of layout) {
    const pool = new UpstreamPool(component, {
      healthPath: '/readyz',
      intervalMs: 100,
      timeoutMs: 2_000,
      onChange: (instance, healthy) => changes.push(`${instance.id} ${healthy ? 'up' : 'down'}`),
    });
    for (const id of instances) {
      const upstream = await startDummyUpstream(id);
      upstreams.set(id, upstream);
      pool.add({ id, host: '127.0.0.1', port: upstream.port }, true);
    }
    pool.start();
    pools.set(component, pool);
  }
  const edge = await startEdgeRouter({
    routes: routesFor(BASE),
    pools,
    port: 0,
    ...(options.upstreamTimeoutMs === undefined
      ? {}
      : { upstreamTimeoutMs: options.upstreamTimeoutMs }),
  });
  return {
    edge,
    pools,
    upstreams,
    changes,
    close: async () => {
      for (const pool of pools.values()) pool.stop();
      await edge.close(100);
      await Promise.all([...upstreams.values()].map((u) => u.kill()));
    },
  };
}
