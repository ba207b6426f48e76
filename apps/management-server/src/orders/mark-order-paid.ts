import { errorCodes, type Auditor } from '@aneis/contracts';
import { paymentStatusOf, type StoredPayment } from '@aneis/data';
import { Conflict, NotFound } from '@aneis/errors';
import type { MailLanguage } from '@aneis/mail';
import type { OrderDeps } from './order-actions.js';
import type { LeanOrder } from './order-view.js';
import { loadOrder, orderDetail } from './read-orders.js';

/** Only money a manager receives in person or in the bank can be confirmed by hand. */
const MANUAL_SOURCES: readonly StoredPayment['source'][] = ['CASH_ON_DELIVERY', 'BANK_TRANSFER'];

/** Each refusal's stable code, which the admin UI words in the manager's language. */
type Refusal =
  | typeof errorCodes.notManualPayment
  | typeof errorCodes.alreadyPaid
  | typeof errorCodes.orderCancelled;

const REFUSALS: Record<Refusal, Record<MailLanguage, string>> = {
  NOT_MANUAL_PAYMENT: {
    pt: 'Só encomendas pagas na entrega ou por transferência bancária podem ser marcadas como pagas; esta foi paga por outro meio.',
    en: 'Only cash-on-delivery and bank-transfer orders can be marked as paid; this one was paid another way.',
  },
  ALREADY_PAID: {
    pt: 'Esta encomenda já está paga.',
    en: 'This order is already paid.',
  },
  ORDER_CANCELLED: {
    pt: 'Uma encomenda cancelada não pode ser marcada como paga.',
    en: 'A cancelled order cannot be marked as paid.',
  },
};

function refuse(reason: Refusal, language: MailLanguage): Conflict {
  return new Conflict(REFUSALS[reason][language], { code: reason });
}

function manualEntryIndex(order: LeanOrder): number {
  return order.payment_info.findIndex((payment) => MANUAL_SOURCES.includes(payment.source));
}

/** Why this order cannot be marked paid, or nothing when it can. */
export function refusalFor(order: LeanOrder): Refusal | undefined {
  if (manualEntryIndex(order) < 0) return 'NOT_MANUAL_PAYMENT';
  if (paymentStatusOf(order) !== 'AWAITING_PAYMENT') return 'ALREADY_PAID';
  if (order.overall_status === 'CANCELLED') return 'ORDER_CANCELLED';
  return undefined;
}

/**
 * A manager confirms that the money of a cash-on-delivery or bank-transfer order arrived. The
 * write is a compare-and-set on the payment state read, so of two managers clicking at once one
 * changes the order (and writes the one audit entry) and the other is told it is already paid.
 * The manual payment entry becomes a SALE, so the entries keep telling the same story as the
 * state (Veniqa's shape, and what a backfill would read).
 *
 * `language` is the admin's (Accept-Language): refusals are shown to them as they are.
 */
export async function markOrderAsPaid(
  deps: OrderDeps,
  actor: Auditor,
  orderId: string,
  language: MailLanguage,
) {
  const order = await loadOrder(deps, orderId);
  const refusal = refusalFor(order);
  if (refusal) throw refuse(refusal, language);
  const entry = manualEntryIndex(order);
  const payment_info = order.payment_info.map((payment, index) =>
    index === entry ? { ...payment, type: 'SALE' as const } : payment,
  );
  const result = await deps.shop.Order.updateOne(
    // A stored null and a missing field (an order not backfilled yet) both match null.
    { _id: order._id, payment_status: order.payment_status ?? null },
    {
      $set: {
        payment_status: 'PAID',
        payment_info,
        'auditLog.updatedBy': actor,
        'auditLog.updatedOn': deps.now(),
      },
    },
    { runValidators: true },
  );
  if (result.matchedCount === 0) {
    // Someone else changed the payment meanwhile: answer what the order is now.
    const fresh = await deps.shop.Order.findById(orderId).lean<LeanOrder>();
    if (!fresh) throw new NotFound();
    throw refuse(refusalFor(fresh) ?? 'ALREADY_PAID', language);
  }
  const saved = await loadOrder(deps, orderId);
  await deps.audit.record({
    actor,
    action: 'markOrderAsPaid',
    entityType: 'order',
    entityId: String(order._id),
    before: paymentAuditSnapshot(order, entry),
    after: paymentAuditSnapshot(saved, entry),
  });
  deps.ordersChanged();
  return orderDetail(deps, saved);
}

function paymentAuditSnapshot(order: LeanOrder, entry: number) {
  const payment = order.payment_info[entry];
  return {
    payment_status: paymentStatusOf(order),
    payment: payment ? { source: payment.source, type: payment.type } : null,
  };
}
