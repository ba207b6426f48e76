import {
  moneyToMinor,
  type Auditor,
  type MarkItemAsDeliveredBody,
  type MarkItemAsFulfillingBody,
  type MarkItemAsShippedBody,
} from '@aneis/contracts';
import type { StoredLineProcessing, StoredOrderLine } from '@aneis/data';
import { NotFound } from '@aneis/errors';
import { activeCarrierCode } from '../reference/carriers.js';
import type { Services } from '../services.js';
import { sendOrderStatusMail } from './order-status-mail.js';
import type { LeanOrder } from './order-view.js';
import { loadOrder, orderDetail } from './read-orders.js';
import { saveOrderChange } from './save-order-change.js';
import {
  assertOrderAllowsLineAction,
  nextLineStatus,
  nextStatusOnConfirm,
  orderStatusAfterLineChange,
  type LineAction,
} from './state-machine.js';

export type OrderDeps = Pick<
  Services,
  | 'shop'
  | 'audit'
  | 'now'
  | 'mail'
  | 'logger'
  | 'shopCache'
  | 'publicStorefrontUrl'
  | 'storefrontLinkStyle'
> & {
  ordersChanged: () => void;
};

export function auditLogFor(actor: Auditor, now: Date) {
  return { createdBy: actor, updatedBy: actor, createdOn: now, updatedOn: now };
}

/** The currency an order was priced in (the shop's base currency when it was placed). */
export function currencyOf(order: LeanOrder): string {
  return order.cart.totalPrice.currency;
}

export async function confirmOrder(deps: OrderDeps, actor: Auditor, orderId: string) {
  const order = await loadOrder(deps, orderId);
  const overall_status = nextStatusOnConfirm(order.overall_status);
  const items = order.cart.items.map((line) => ({
    ...line,
    order_line_level_processing_details: { status: 'PROCESSING' as const },
  }));
  const saved = await saveOrderChange(deps, actor, order, 'confirmOrder', {
    overall_status,
    items,
  });
  deps.ordersChanged();
  await sendOrderStatusMail(deps, saved, 'confirmed');
  return orderDetail(deps, saved);
}

function findLine(order: LeanOrder, cartItemId: string): StoredOrderLine {
  const line = order.cart.items.find((candidate) => String(candidate._id) === cartItemId);
  if (!line) throw new NotFound();
  return line;
}

async function moveLine(
  deps: OrderDeps,
  actor: Auditor,
  body: { orderId: string; cartItemId: string },
  action: LineAction,
  auditAction: string,
  detailsOf: (order: LeanOrder, now: Date) => Partial<StoredLineProcessing>,
) {
  const order = await loadOrder(deps, body.orderId);
  assertOrderAllowsLineAction(order.overall_status, action);
  const line = findLine(order, body.cartItemId);
  const status = nextLineStatus(line.order_line_level_processing_details?.status, action);
  const now = deps.now();
  const items = order.cart.items.map((candidate) =>
    candidate === line
      ? {
          ...candidate,
          order_line_level_processing_details: {
            ...candidate.order_line_level_processing_details,
            ...detailsOf(order, now),
            status,
          },
        }
      : candidate,
  );
  const overall_status = orderStatusAfterLineChange(
    order.overall_status,
    action,
    items.map((item) => item.order_line_level_processing_details?.status),
  );
  const saved = await saveOrderChange(deps, actor, order, auditAction, { overall_status, items });
  deps.ordersChanged();
  return saved;
}

export async function markItemAsFulfilling(
  deps: OrderDeps,
  actor: Auditor,
  body: MarkItemAsFulfillingBody,
) {
  const saved = await moveLine(
    deps,
    actor,
    body,
    'fulfil',
    'markItemAsFulfilling',
    (order, now) => ({
      fulfillment_order_details: {
        store: body.store,
        // Resell fields are kept only when given: a shop making its own rings has none.
        ...(body.orderNumber ? { order_number: body.orderNumber } : {}),
        ...(typeof body.totalCostPriceOfItemUSD === 'number'
          ? {
              total_cost_price_of_item: moneyToMinor({
                amount: body.totalCostPriceOfItemUSD,
                currency: currencyOf(order),
              }),
            }
          : {}),
        auditLog: auditLogFor(actor, now),
      },
    }),
  );
  return orderDetail(deps, saved);
}

export async function markItemAsShipped(
  deps: OrderDeps,
  actor: Auditor,
  body: MarkItemAsShippedBody,
) {
  const provider = await activeCarrierCode(deps, body.provider);
  const saved = await moveLine(deps, actor, body, 'ship', 'markItemAsShipped', (order, now) => ({
    shipment: {
      provider,
      tracking_number: body.trackingNumber,
      service: body.service,
      paid_postage: moneyToMinor({ amount: body.paidPostageInUSD, currency: currencyOf(order) }),
      auditLog: auditLogFor(actor, now),
    },
  }));
  await sendOrderStatusMail(deps, saved, 'shipped', body.cartItemId);
  return orderDetail(deps, saved);
}

export async function markItemAsDelivered(
  deps: OrderDeps,
  actor: Auditor,
  body: MarkItemAsDeliveredBody,
) {
  const saved = await moveLine(
    deps,
    actor,
    body,
    'deliver',
    'markItemAsDelivered',
    (_order, now) => ({
      delivery: { delivery_date: new Date(body.deliveryDate), auditLog: auditLogFor(actor, now) },
    }),
  );
  await sendOrderStatusMail(deps, saved, 'delivered', body.cartItemId);
  return orderDetail(deps, saved);
}
