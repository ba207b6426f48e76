/**
 * The NODE_OPTIONS both API servers run with in the cluster, and their benchmarks with them.
 * V8's defaults let the young generation grow to tens of MiB under load and the resident set
 * pass 150 MiB; a 2 MiB semi-space keeps each replica under its 120 MiB target for a few µs of
 * extra scavenging per request. The old-space bound stops a leak well before the container's
 * memory limit kills the pod without a word in the log.
 */
export const SERVER_NODE_OPTIONS = '--max-semi-space-size=2 --max-old-space-size=96';

/**
 * V8 flags Node refuses in NODE_OPTIONS, so the servers' images put them on the command line
 * (`CMD ["node", ...flags, "dist/main.js"]`, checked by a deploy test), per server.
 *
 * The shopping server collects with one thread: its pod is limited to one CPU, and V8's
 * parallel and concurrent GC helpers spent that same quota; under catalogue load one thread
 * cut its CPU per request by about a quarter at the same RSS (`nx run shopping-server:bench`).
 * The management server keeps V8's helpers: its requests hold more live data, and with one
 * thread its bench served ~5 % fewer searches with a higher p99.
 */
export const SERVER_NODE_CLI_FLAGS = {
  'shopping-server': ['--single-threaded-gc'],
  'management-server': [],
} as const satisfies Record<string, readonly string[]>;
