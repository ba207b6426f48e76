import type winston from 'winston';

type LogMethod = (this: winston.Logger, ...args: unknown[]) => winston.Logger;

/**
 * `logger.error(err)` and `logger.log('error', err)` make winston write `level` and the default
 * metadata onto the caller's Error, so the same error logged again later (or serialised by an
 * error handler) carries stale fields. Route those calls through a fresh info object instead.
 */
export function keepErrorsUntouched(logger: winston.Logger): void {
  // winston types its level methods one by one; this loop treats them alike.
  const methods = logger as unknown as Record<string, LogMethod>;
  for (const level of Object.keys(logger.levels)) {
    const original = methods[level];
    if (original === undefined) continue;
    methods[level] = function (this: winston.Logger, ...args: unknown[]) {
      const [first] = args;
      if (args.length === 1 && first instanceof Error) {
        return original.call(this, infoFor(first));
      }
      return original.apply(this, args);
    };
  }
  const originalLog = methods.log;
  if (originalLog === undefined) return;
  methods.log = function (this: winston.Logger, ...args: unknown[]) {
    const [level, second] = args;
    if (args.length === 2 && typeof level === 'string' && second instanceof Error) {
      return originalLog.call(this, { level, ...infoFor(second) });
    }
    return originalLog.apply(this, args);
  };
}

function infoFor(error: Error): { message: string; err: Error } {
  // winston treats an info with an empty message as a bare value, so never hand it one.
  return { message: error.message || error.name, err: error };
}
