import { Router } from 'express';

export type ReadinessCheck = () => Promise<boolean>;
export type ReadinessChecks = Readonly<Record<string, ReadinessCheck>>;
type CheckOutcome = 'ok' | 'failed' | 'timeout';

export const DEFAULT_READINESS_TIMEOUT_MS = 2_000;

export interface HealthRoutesOptions {
  checks: ReadinessChecks;
  timeoutMs: number;
  isShuttingDown: () => boolean;
}

/**
 * `/healthz` (liveness) answers while the process can serve at all; `/readyz` (readiness) only when
 * every dependency check passes and no shutdown has begun. Plain JSON, not the envelope: probes
 * read the status code.
 */
export function healthRoutes(options: HealthRoutesOptions): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (options.isShuttingDown()) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    const names = Object.keys(options.checks);
    const outcomes = await Promise.all(
      names.map((name) => runCheck(options.checks[name], options.timeoutMs)),
    );
    const checks = Object.fromEntries(names.map((name, i) => [name, outcomes[i]]));
    const ready = !options.isShuttingDown() && outcomes.every((outcome) => outcome === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  return router;
}

async function runCheck(
  check: ReadinessCheck | undefined,
  timeoutMs: number,
): Promise<CheckOutcome> {
  if (!check) return 'failed';
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
