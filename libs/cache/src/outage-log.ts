import type { Logger } from './logger.js';

export interface OutageLog {
  failed(error: unknown): void;
  succeeded(): void;
}

/** One warning when the cache starts failing, one note when it works again; silence between. */
export function createOutageLog(namespace: string, logger?: Logger): OutageLog {
  let down = false;
  return {
    failed(error) {
      if (down) return;
      down = true;
      logger?.warn('cache unavailable, reading through to the source', {
        namespace,
        error: error instanceof Error ? error.message : String(error),
      });
    },
    succeeded() {
      if (!down) return;
      down = false;
      logger?.info('cache available again', { namespace });
    },
  };
}
