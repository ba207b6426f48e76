import { DEPENDENCY_UNREADY_AFTER_MS, READINESS_CHECK_TIMEOUT_MS } from '@aneis/config';
import { Router } from 'express';

export type ReadinessCheck = () => Promise<boolean>;

/** A dependency check and how long it may fail before the pod calls itself unready. */
export interface ReadinessDependency {
  readonly check: ReadinessCheck;
  /**
   * Failing for less than this (since its last pass, or since start) is reported in the body
   * but keeps the pod ready. `Infinity`: only ever reported (a dependency every route can do
   * without, such as Redis, whose routes answer 503 on their own while it is away).
   */
  readonly unreadyAfterMs: number;
}

/** A bare check counts after DEPENDENCY_UNREADY_AFTER_MS of failing. */
export type ReadinessChecks = Readonly<Record<string, ReadinessCheck | ReadinessDependency>>;
type CheckOutcome = 'ok' | 'failed' | 'timeout';

export const DEFAULT_READINESS_TIMEOUT_MS = READINESS_CHECK_TIMEOUT_MS;

export interface HealthRoutesOptions {
  checks: ReadinessChecks;
  timeoutMs: number;
  isShuttingDown: () => boolean;
  /** The clock failing spans are measured on (tests pass their own). */
  now?: () => number;
}

function dependencyOf(entry: ReadinessCheck | ReadinessDependency): ReadinessDependency {
  return typeof entry === 'function'
    ? { check: entry, unreadyAfterMs: DEPENDENCY_UNREADY_AFTER_MS }
    : entry;
}

/**
 * `/healthz` (liveness) answers while the process can serve at all. `/readyz` (readiness) says
 * whether this pod should get traffic: never once shutdown has begun, and not while a dependency
 * has been failing here for longer than it may. A short failure every replica shares (a MongoDB
 * election, a Redis failover) keeps the pod ready, so Traefik keeps an endpoint that can answer
 * what it can, and the body says which checks fail. Plain JSON, not the envelope: probes read
 * the status code.
 */
export function healthRoutes(options: HealthRoutesOptions): Router {
  const router = Router();
  const now = options.now ?? Date.now;
  const names = Object.keys(options.checks);
  const dependencies = names.map((name) =>
    dependencyOf(options.checks[name] ?? (async () => false)),
  );
  // when each check last passed; start counts as a pass, so a slow first connection is a blip
  const lastPass = names.map(() => now());

  router.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (options.isShuttingDown()) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    const outcomes = await Promise.all(
      dependencies.map((dependency) => runCheck(dependency.check, options.timeoutMs)),
    );
    const at = now();
    const failingTooLong = outcomes.map((outcome, i) => {
      if (outcome === 'ok') lastPass[i] = at;
      const dependency = dependencies[i];
      return (
        outcome !== 'ok' && !!dependency && at - (lastPass[i] ?? at) >= dependency.unreadyAfterMs
      );
    });
    const checks = Object.fromEntries(names.map((name, i) => [name, outcomes[i]]));
    const ready = !options.isShuttingDown() && !failingTooLong.includes(true);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  return router;
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<CheckOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<CheckOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const checked = Promise.resolve()
    .then(check)
    .then(
      (ok): CheckOutcome => (ok ? 'ok' : 'failed'),
      (): CheckOutcome => 'failed',
    );
  try {
    return await Promise.race([checked, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
