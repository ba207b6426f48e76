import { errorCodes, type Auditor } from '@aneis/contracts';
import type { OrderDoc, PendingEffect, PendingRestock, StoredOrderLine } from '@aneis/data';
import { Conflict } from '@aneis/errors';
import type { Services } from '../services.js';
import type { LeanOrder } from './order-view.js';
import { finishOwedAudit } from './owed-audit.js';
import { owedAudit } from './owed-effects.js';
import { loadOrder } from './read-orders.js';

/** What the audit log keeps of an order: its status and each line's processing node. */
export function orderAuditSnapshot(
  order: Pick<OrderDoc, 'overall_status' | 'refunds' | 'returns'> & {
    cart: { items: StoredOrderLine[] };
  },
) {
  return {
    overall_status: order.overall_status,
    // Money given back and units returned, once an order has any (who, how much, why).
    ...(order.refunds ? { refunds: order.refunds } : {}),
    ...(order.returns ? { returns: order.returns } : {}),
    lines: Object.fromEntries(
      order.cart.items.map((line) => [
        String(line._id),
        line.order_line_level_processing_details ?? null,
      ]),
    ),
  };
}

/**
 * Writes a new status and/or the whole line array, stamped with the admin, only if nobody changed
 * the order since it was read (its `auditLog.updatedOn` is the version). Whole arrays are
 * written because the embedded engine ignores positional updates; the guard keeps that safe.
 * The change's audit entry (and whatever else the caller says it owes) is recorded as owed in
 * that same write, then the entry is written and crossed off: a crash in between leaves it for
 * the next start-up (finish-owed-effects.ts), never lost and never written twice.
 */
export async function saveOrderChange(
  deps: Pick<Services, 'shop' | 'audit' | 'now' | 'logger'>,
  actor: Auditor,
  order: LeanOrder,
  action: string,
  change: {
    overall_status?: OrderDoc['overall_status'];
    items?: StoredOrderLine[];
    stockReleased?: boolean;
    /** Put-backs this change owes, recorded with it (see restock.ts). */
    pendingRestocks?: PendingRestock[];
    /** Mails and card refunds this change owes (see owed-effects.ts), in the order to finish them. */
    owed?: PendingEffect[];
  } & Partial<Pick<OrderDoc, 'refunds' | 'returns' | 'payment_info' | 'payment_status'>>,
): Promise<LeanOrder> {
  // Whole arrays, like the lines: the guard below makes replacing them safe.
  const money = Object.fromEntries(
    (['refunds', 'returns', 'payment_info', 'payment_status'] as const)
      .filter((field) => change[field] !== undefined)
      .map((field) => [field, change[field]]),
  );
  const now = deps.now();
  const audit = owedAudit(
    deps.audit.entryFor({
      actor,
      action,
      entityType: 'order',
      entityId: String(order._id),
      before: orderAuditSnapshot(order),
      after: orderAuditSnapshot({
        overall_status: change.overall_status ?? order.overall_status,
        refunds: change.refunds ?? order.refunds,
        returns: change.returns ?? order.returns,
        cart: { items: change.items ?? order.cart.items },
      }),
    }),
    now,
  );
  const result = await deps.shop.Order.updateOne(
    {
      _id: order._id,
      'auditLog.updatedOn': order.auditLog.updatedOn,
      overall_status: order.overall_status,
    },
    {
      $set: {
        ...(change.overall_status ? { overall_status: change.overall_status } : {}),
        ...(change.items ? { 'cart.items': change.items } : {}),
        ...(change.stockReleased === undefined ? {} : { stockReleased: change.stockReleased }),
        ...money,
        'auditLog.updatedBy': actor,
        'auditLog.updatedOn': now,
      },
      // Added to any a crash left unfinished (not read with the order, so never overwritten).
      $push: {
        ...(change.pendingRestocks?.length
          ? { pendingRestocks: { $each: change.pendingRestocks } }
          : {}),
        pendingEffects: { $each: [...(change.owed ?? []), audit] },
      },
    },
    { runValidators: true },
  );
  if (result.matchedCount === 0) {
    throw new Conflict('The order was changed by someone else meanwhile; reload it and try again', {
      code: errorCodes.orderChanged,
    });
  }
  await finishOwedAudit(deps, order._id, audit);
  return loadOrder(deps, String(order._id));
}
