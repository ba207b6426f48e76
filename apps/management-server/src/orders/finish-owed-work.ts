import type { RefundDeps } from './execute-refund.js';
import { finishAllOrderEffects, type FinishAllOptions } from './finish-owed-effects.js';
import { finishAllPendingRestocks } from './restock.js';

/**
 * What a start-up, and then the periodic sweep, finishes for changes a crash or a failure
 * (SendGrid or Stripe unreachable) interrupted: units back into stock first, then the card
 * refunds, mails and audit entries (a mail says whether the money went back). Safe twice and on
 * several instances at once: every step is keyed (see FinishAllOptions for the sweep's extras).
 */
export async function finishOwedWork(deps: RefundDeps, options: FinishAllOptions = {}) {
  const restocks = await finishAllPendingRestocks(deps);
  const effects = await finishAllOrderEffects(deps, options);
  return { restocks, effects };
}
