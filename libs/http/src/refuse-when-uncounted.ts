import { ServiceUnavailable } from '@aneis/errors';
import type { IncrementResponse, Options, Store } from 'express-rate-limit';
import { isPromiseLike } from './fast-lane/promise-like.js';

export const UNCOUNTED_MESSAGE =
  'Attempts cannot be counted right now, so none are accepted; please try again in a moment.';

function refuse(cause: unknown): never {
  throw new ServiceUnavailable(UNCOUNTED_MESSAGE, { cause, retryAfterSeconds: 1 });
}

/**
 * The same store, except that a failure to count becomes a 503 with Retry-After: for a limiter
 * that must refuse rather than let an uncounted request through (express-rate-limit with
 * `passOnStoreError: false` hands the store's error to the error handler).
 */
export function refuseWhenUncounted(store: Store): Store {
  return {
    localKeys: store.localKeys ?? false,
    ...(store.prefix === undefined ? {} : { prefix: store.prefix }),
    init: (options: Options) => store.init?.(options),
    increment(key: string): IncrementResponse | Promise<IncrementResponse> {
      let counted: IncrementResponse | Promise<IncrementResponse>;
      try {
        counted = store.increment(key);
      } catch (error) {
        refuse(error);
      }
      return isPromiseLike(counted) ? Promise.resolve(counted).catch(refuse) : counted;
    },
    decrement: (key: string) => store.decrement(key),
    resetKey: (key: string) => store.resetKey(key),
  };
}
