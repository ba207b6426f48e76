import type { RefundDeps } from './execute-refund.js';
import { finishOwedWork } from './finish-owed-work.js';

export interface OwedWorkSweeperOptions {
  /** OWED_WORK_SWEEP_MS: the pause between the end of one sweep and the start of the next. */
  intervalMs: number;
  /** Called after every sweep that finished (tests wait on it). */
  onSweep?: (finished: Awaited<ReturnType<typeof finishOwedWork>>) => void;
}

export interface OwedWorkSweeper {
  /** No further sweep starts; resolves once a running one has ended. */
  stop(): Promise<void>;
}

/**
 * Retries, while the server runs, the work a change owed and could not finish (SendGrid or
 * Stripe was down): without it a shopper's mail would wait for the next restart. The next sweep
 * is only planned once one has ended, so sweeps never overlap; other instances may sweep at the
 * same moment: the keyed effects and each order's claim (effects-claim.ts) make that harmless. Effects owed for less than one interval
 * are left to the request that owed them (it is still finishing them). The timer is unref'd.
 */
export function startOwedWorkSweeper(
  deps: RefundDeps,
  options: OwedWorkSweeperOptions,
): OwedWorkSweeper {
  const { intervalMs } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (): void => {
    timer = setTimeout(() => {
      running = sweepOnce();
    }, intervalMs);
    timer.unref();
  };
  const sweepOnce = async (): Promise<void> => {
    try {
      const owedBefore = new Date(deps.now().getTime() - intervalMs);
      const finished = await finishOwedWork(deps, { owedBefore, exclusive: true });
      if (finished.restocks + finished.effects > 0) {
        deps.logger.info('owed order work finished by sweep', finished);
      } else {
        deps.logger.debug('owed order work sweep found nothing to finish');
      }
      options.onSweep?.(finished);
    } catch (error) {
      deps.logger.warn('owed order work sweep failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      if (!stopped) schedule();
    }
  };

  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
