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
 * (`CMD ["node", ...SERVER_NODE_CLI_FLAGS, "dist/main.js"]`, checked by a deploy test). Each
 * server pod is limited to one CPU: V8's parallel and concurrent GC helper threads would spend
 * that same quota and the scheduler would throttle the pod for it, so one thread collects. With
 * a 2 MiB young generation the scavenges it runs alone stay well under a millisecond.
 */
export const SERVER_NODE_CLI_FLAGS: readonly string[] = ['--single-threaded-gc'];
