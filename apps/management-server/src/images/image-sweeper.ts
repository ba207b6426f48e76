import { sweepOrphanImages, type SweepDeps, type SweepReport } from './sweep-orphan-images.js';

/** How often each replica sweeps. */
export const IMAGE_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export interface ImageSweeperOptions {
  intervalMs?: number;
  /** Default: a random moment within the first interval, so replicas started together spread out. */
  firstRunInMs?: number;
  graceMs?: number;
  /** Called after every sweep that finished (tests wait on it). */
  onSweep?: (report: SweepReport) => void;
}

export interface ImageSweeper {
  /** No further sweep starts; resolves once a running one has stopped. */
  stop(): Promise<void>;
}

/**
 * Sweeps orphan images in the background, one sweep at a time. The timer is unref'd: it never
 * keeps the process alive. A failed sweep is logged and the next one runs as planned.
 */
export function startImageSweeper(
  deps: SweepDeps,
  options: ImageSweeperOptions = {},
): ImageSweeper {
  const intervalMs = options.intervalMs ?? IMAGE_SWEEP_INTERVAL_MS;
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (delayMs: number): void => {
    timer = setTimeout(sweep, delayMs);
    timer.unref();
  };
  const sweepOnce = async (): Promise<void> => {
    try {
      const report = await sweepOrphanImages(deps, {
        signal: stopping.signal,
        ...(options.graceMs === undefined ? {} : { graceMs: options.graceMs }),
      });
      options.onSweep?.(report);
    } catch (error) {
      deps.logger.warn('image sweep failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      if (!stopping.signal.aborted) schedule(intervalMs);
    }
  };
  const sweep = (): void => {
    running = sweepOnce();
  };

  schedule(options.firstRunInMs ?? Math.floor(Math.random() * intervalMs));
  return {
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
