/**
 * The NODE_OPTIONS both API servers run with in the cluster, and their benchmarks with them.
 * V8's defaults let the young generation grow to tens of MiB under load and the resident set
 * pass 150 MiB; a 2 MiB semi-space keeps each replica under its 120 MiB target for a few µs of
 * extra scavenging per request. The old-space bound stops a leak well before the container's
 * memory limit kills the pod without a word in the log.
 */
export const SERVER_NODE_OPTIONS = '--max-semi-space-size=2 --max-old-space-size=96';
