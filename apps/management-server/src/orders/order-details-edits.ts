import {
  moneyToMinor,
  type Auditor,
  type UpdateDeliveryDetailsBody,
  type UpdateFulfillmentDetailsBody,
  type UpdateShipmentDetailsBody,
} from '@aneis/contracts';
import type { StoredLineProcessing } from '@aneis/data';
import { BadInput, NotFound } from '@aneis/errors';
import { activeCarrierCode } from '../reference/carriers.js';
import { currencyOf, type OrderDeps } from './order-actions.js';
import type { LeanOrder } from './order-view.js';
import { loadOrder, orderDetail } from './read-orders.js';
import { saveOrderChange } from './save-order-change.js';
import {
  assertLineHasNode,
  assertOrderAllowsDetailsEdit,
  type DetailsNode,
} from './state-machine.js';

const NOTHING_TO_UPDATE = 'Nothing has been sent for update';

/** Empty strings mean "leave as is", as in Veniqa's forms. */
function given<T>(value: T | '' | undefined): value is T {
  return value !== undefined && value !== '';
}

async function editNode<N extends DetailsNode>(
  deps: OrderDeps,
  actor: Auditor,
  body: { orderId: string; cartItemId: string },
  node: N,
  action: string,
  edit: (
    current: NonNullable<StoredLineProcessing[N]>,
    order: LeanOrder,
  ) => NonNullable<StoredLineProcessing[N]> | Promise<NonNullable<StoredLineProcessing[N]>>,
) {
  const order = await loadOrder(deps, body.orderId);
  assertOrderAllowsDetailsEdit(order.overall_status, node);
  const line = order.cart.items.find((candidate) => String(candidate._id) === body.cartItemId);
  if (!line) throw new NotFound();
  const processing = line.order_line_level_processing_details;
  const current = processing?.[node];
  assertLineHasNode(current !== undefined && current !== null, node);
  const edited = await edit(current as NonNullable<StoredLineProcessing[N]>, order);
  const stamped = {
    ...edited,
    auditLog: { ...edited.auditLog, updatedBy: actor, updatedOn: deps.now() },
  };
  const items = order.cart.items.map((candidate) =>
    candidate === line
      ? {
          ...candidate,
          order_line_level_processing_details: {
            ...(processing as StoredLineProcessing),
            [node]: stamped,
          },
        }
      : candidate,
  );
  const saved = await saveOrderChange(deps, actor, order, action, { items });
  return orderDetail(deps, saved);
}

export async function updateFulfillmentDetails(
  deps: OrderDeps,
  actor: Auditor,
  body: UpdateFulfillmentDetailsBody,
) {
  if (!given(body.store) && !given(body.orderNumber) && !given(body.totalCostPriceOfItemUSD)) {
    throw new BadInput(NOTHING_TO_UPDATE);
  }
  return editNode(
    deps,
    actor,
    body,
    'fulfillment_order_details',
    'updateOrderFulfillmentDetails',
    (current, order) => ({
      ...current,
      ...(given(body.store) ? { store: body.store } : {}),
      ...(given(body.orderNumber) ? { order_number: body.orderNumber } : {}),
      ...(given(body.totalCostPriceOfItemUSD)
        ? {
            total_cost_price_of_item: moneyToMinor({
              amount: body.totalCostPriceOfItemUSD,
              currency: currencyOf(order),
            }),
          }
        : {}),
    }),
  );
}

export async function updateShipmentDetails(
  deps: OrderDeps,
  actor: Auditor,
  body: UpdateShipmentDetailsBody,
) {
  if (
    !given(body.provider) &&
    !given(body.trackingNumber) &&
    !given(body.service) &&
    !given(body.paidPostageInUSD)
  ) {
    throw new BadInput(NOTHING_TO_UPDATE);
  }
  const sentProvider = given(body.provider) ? body.provider.trim().toUpperCase() : undefined;
  return editNode(
    deps,
    actor,
    body,
    'shipment',
    'updateShipmentDetails',
    async (current, order) => ({
      ...current,
      // The carrier recorded may since have been retired; only a change must name an active one.
      ...(sentProvider !== undefined && sentProvider !== current.provider
        ? { provider: await activeCarrierCode(deps, sentProvider) }
        : {}),
      ...(given(body.trackingNumber) ? { tracking_number: body.trackingNumber } : {}),
      ...(given(body.service) ? { service: body.service } : {}),
      ...(given(body.paidPostageInUSD)
        ? {
            paid_postage: moneyToMinor({
              amount: body.paidPostageInUSD,
              currency: currencyOf(order),
            }),
          }
        : {}),
    }),
  );
}

export async function updateDeliveryDetails(
  deps: OrderDeps,
  actor: Auditor,
  body: UpdateDeliveryDetailsBody,
) {
  if (!given(body.deliveryDate)) throw new BadInput(NOTHING_TO_UPDATE);
  const deliveryDate = body.deliveryDate;
  return editNode(deps, actor, body, 'delivery', 'updateDeliveryDetails', (current) => ({
    ...current,
    delivery_date: new Date(deliveryDate),
  }));
}
