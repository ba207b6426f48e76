import type { RefundDeps } from './execute-refund.js';
import { finishAllOrderEffects } from './finish-owed-effects.js';
import { finishAllPendingRestocks } from './restock.js';

/**
 * What a start-up finishes for changes a crash interrupted: units back into stock first, then
 * the card refunds, mails and audit entries (a mail says whether the money went back). Safe
 * twice and on several instances at once: every step is keyed.
 */
export async function finishOwedWork(deps: RefundDeps) {
  const restocks = await finishAllPendingRestocks(deps);
  const effects = await finishAllOrderEffects(deps);
  return { restocks, effects };
}
