import type { Express } from 'express';

/** How many requests reached Express itself, i.e. were not answered on the fast lane. */
export interface ExpressCalls {
  count(): number;
  reset(): void;
}

/** Wraps the app's own `handle` (undeclared in its types) to count what reaches Express. */
export function countExpressCalls(app: Express): ExpressCalls {
  let calls = 0;
  const expressApp = app as Express & { handle: (...args: unknown[]) => unknown };
  const handle = expressApp.handle.bind(app);
  expressApp.handle = (...args) => {
    calls += 1;
    return handle(...args);
  };
  return {
    count: () => calls,
    reset: () => {
      calls = 0;
    },
  };
}
