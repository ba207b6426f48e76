/**
 * What one shopping-server process used, from `nx run deploy:measure-cpu` (the built server with
 * its container's V8 flags, the kubelet's probes at their periods, catalogue searches at a
 * fixed rate; CPU time over wall time). Measured on the development machine: two cores shared
 * with other work, so the load generator reached ~70 searches/s and no more. The servers' CPU
 * request and their autoscalers' target are set from these figures (topology.ts); the
 * management server, also Node with the same flags and probes, is given the same.
 */
export const measuredServerCpu = {
  /** Probes only: the highest of three runs (4.0, 4.8 and 6.8 millicores). */
  idleMillicores: 6.8,
  loaded: [
    { searchesPerSecond: 4.9, millicores: 12.0 },
    { searchesPerSecond: 18.2, millicores: 23.6 },
    { searchesPerSecond: 41.2, millicores: 36.3 },
    { searchesPerSecond: 71.4, millicores: 38.3 },
  ],
} as const;
