import { errorCodes, type Auditor } from '@aneis/contracts';
import type { StoredRefund } from '@aneis/data';
import { AppError, NotFound, ServiceUnavailable } from '@aneis/errors';
import type { Types } from 'mongoose';
import { RefundProviderError } from '../payments/stripe-refund-port.js';
import type { Services } from '../services.js';
import type { OrderDeps } from './order-actions.js';
import type { LeanOrder } from './order-view.js';
import { owedMail } from './owed-effects.js';
import { loadOrder } from './read-orders.js';
import { inPaymentCurrency, paidEntryOf, paymentAfterRefund } from './refund-plan.js';
import { saveOrderChange } from './save-order-change.js';

export type RefundDeps = OrderDeps & Pick<Services, 'stripeRefunds'>;

/**
 * A card refund cannot be asked for when the server has no Stripe key. Cancelling and returning
 * still go ahead (Veniqa's clients cancel card orders; the refund is recorded FAILED and can be
 * retried once the key is set); only the retry itself is refused.
 */
export function assertCanRefund(deps: RefundDeps, refund: StoredRefund | undefined): void {
  if (refund?.method === 'STRIPE' && !deps.stripeRefunds) {
    throw new ServiceUnavailable('Card refunds need STRIPE_SECRET_KEY on the management server', {
      code: errorCodes.refundProviderUnavailable,
    });
  }
}

/** Stripe's refund key for a refund record: the same on every try, so Stripe refunds once. */
export function refundIdempotencyKey(refund: StoredRefund): string {
  return `aneis-refund-${String(refund._id)}`;
}

/** The order after Stripe's answer, and whether this call wrote it (a concurrent one may have). */
export interface Settled {
  order: LeanOrder;
  wrote: boolean;
}

type Outcome =
  | { status: 'SUCCEEDED'; providerRefundId: string }
  | { status: 'FAILED'; failure: string; failureCode: NonNullable<StoredRefund['failureCode']> };

/**
 * Writes Stripe's answer on the refund record; a success also adds the REFUND payment entry and
 * moves the payment state. Written with the order's compare-and-set; a concurrent change (a
 * comment, a retry) only makes it read the order again. A refund already settled stays as it is.
 */
async function settle(
  deps: RefundDeps,
  actor: Auditor,
  orderId: string,
  refundId: Types.ObjectId,
  outcome: Outcome,
  mailOnSuccess: boolean,
): Promise<Settled> {
  for (let attempt = 0; ; attempt += 1) {
    const order = await loadOrder(deps, orderId);
    const current = order.refunds?.find((refund) => refund._id.equals(refundId));
    if (!current) throw new NotFound();
    if (current.status === 'SUCCEEDED') return { order, wrote: false };
    const settled: StoredRefund = {
      ...current,
      status: outcome.status,
      ...(outcome.status === 'SUCCEEDED'
        ? { providerRefundId: outcome.providerRefundId, settledOn: deps.now() }
        : { failure: outcome.failure, failureCode: outcome.failureCode }),
    };
    if (outcome.status === 'SUCCEEDED') {
      delete settled.failure;
      delete settled.failureCode;
    }
    const refunds = (order.refunds ?? []).map((refund) =>
      refund._id.equals(refundId) ? settled : refund,
    );
    const payment = outcome.status === 'SUCCEEDED' ? paymentAfterRefund(order, settled) : {};
    try {
      const saved = await saveOrderChange(
        deps,
        actor,
        order,
        outcome.status === 'SUCCEEDED' ? 'refundSettled' : 'refundFailed',
        {
          refunds,
          ...payment,
          // Only the write that records the success owes the shopper's mail: one mail per refund.
          ...(mailOnSuccess && outcome.status === 'SUCCEEDED'
            ? { owed: [owedMail({ mail: 'refunded', refundId: String(refundId) }, deps.now())] }
            : {}),
        },
      );
      return { order: saved, wrote: true };
    } catch (error) {
      const raced = error instanceof AppError && error.code === errorCodes.orderChanged;
      if (!raced || attempt >= 4) throw error;
    }
  }
}

/**
 * Asks Stripe to give back a PENDING (or FAILED) card refund of `order` and records the answer.
 * Stripe's refusal is recorded as FAILED with its message, for a manager to retry. No answer
 * (Stripe down) records nothing and throws a 503: a refund owed by a cancellation or return then
 * stays owed, PENDING, and the owed-work sweep asks again with the same key until Stripe answers.
 * With `mailOnSuccess` (a retry, whose change owed no mail before), the write recording the
 * success also owes the shopper's refund mail; the caller finishes it.
 */
export async function askStripe(
  deps: RefundDeps,
  actor: Auditor,
  order: LeanOrder,
  refundId: Types.ObjectId,
  mailOnSuccess = false,
): Promise<Settled> {
  const refund = order.refunds?.find((candidate) => candidate._id.equals(refundId));
  const entry = paidEntryOf(order);
  if (!refund || refund.method !== 'STRIPE' || !entry) return { order, wrote: false };
  const stripe = deps.stripeRefunds;
  if (!stripe) {
    return settle(
      deps,
      actor,
      String(order._id),
      refundId,
      {
        status: 'FAILED',
        failure: 'Card refunds need STRIPE_SECRET_KEY on the management server',
        failureCode: 'CARD_REFUNDS_OFF',
      },
      mailOnSuccess,
    );
  }
  let outcome: Outcome;
  try {
    const answer = await stripe.refund({
      paymentId: entry.payment_id,
      amount: inPaymentCurrency(entry, refund.amount).cents,
      idempotencyKey: refundIdempotencyKey(refund),
      metadata: { order_id: String(order._id), refund_id: String(refund._id) },
    });
    outcome = { status: 'SUCCEEDED', providerRefundId: answer.refundId };
  } catch (error) {
    if (!(error instanceof RefundProviderError)) throw error;
    deps.logger.warn('stripe refund failed', {
      orderId: String(order._id),
      error: error.message,
      unanswered: error.unanswered,
    });
    if (error.unanswered) {
      // Not a refusal: the refund stays as it was (an owed one is asked again by the sweep).
      throw new ServiceUnavailable(
        `Stripe could not be reached (${error.message}); try again later`,
        {
          code: errorCodes.refundProviderFailed,
        },
      );
    }
    outcome = { status: 'FAILED', failure: error.message, failureCode: 'PROVIDER_REFUSED' };
  }
  return settle(deps, actor, String(order._id), refundId, outcome, mailOnSuccess);
}
