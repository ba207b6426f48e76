/*
 * How the cluster stops and probes the Node processes, shared by the code that behaves so
 * (libs/http, the servers' config) and the manifests that rely on it (deploy), so the two
 * cannot drift apart.
 *
 * A pod that is being stopped first leaves the Service's endpoints; Traefik and kube-proxy
 * learn that a moment later. The `preStop` pause keeps the process serving untouched through
 * that moment, so no request is routed to a closed listener. Only then does SIGTERM arrive and
 * the process stop taking connections, give open requests SHUTDOWN_GRACE_MS, and close its
 * MongoDB and Redis clients. Kubernetes counts the pause inside terminationGracePeriodSeconds,
 * so the period must hold all three steps, or the kubelet kills the process mid-request.
 */
export const SHUTDOWN_TIMING = {
  /** Long enough for Traefik (its provider throttle is 2 s) and kube-proxy to drop the pod. */
  preStopSeconds: 5,
  /** SHUTDOWN_GRACE_MS: how long open requests may finish after SIGTERM. */
  graceMs: 10_000,
  /** Closing the MongoDB and Redis clients and flushing logs, after the requests. */
  closersSeconds: 5,
} as const;

/** terminationGracePeriodSeconds that holds the pause, the grace period and the closers. */
export function terminationGraceSeconds(timing = SHUTDOWN_TIMING): number {
  return timing.preStopSeconds + Math.ceil(timing.graceMs / 1000) + timing.closersSeconds;
}

/** A `/readyz` dependency check that has not answered by then counts as failed. */
export const READINESS_CHECK_TIMEOUT_MS = 2_000;

/**
 * How long a dependency may fail before the pod calls itself unready. A MongoDB election or a
 * member's restart lasts around ten seconds and hits every replica at once: turning all of them
 * unready would leave Traefik no endpoint at all, turning a blip into an outage. Failing for
 * longer than this, the fault is more likely this pod's own (its node cut off), and other
 * replicas should take its traffic.
 */
export const DEPENDENCY_UNREADY_AFTER_MS = 30_000;
