import { errorCodes, type OrderLineStatus, type OrderStatus } from '@aneis/contracts';
import { TransitionNotAllowed } from '@aneis/errors';

/** Veniqa's 405 messages, word for word (its admin client shows them). */
export const transitionMessages = {
  confirm: 'only orders in received state can be confirmed',
  // Ours, not Veniqa's: an order can now be cancelled after confirmation, until a line ships.
  cancel: 'only orders none of whose items has shipped can be cancelled',
  fulfilOrder: 'only orders that are confirmed or in-progress can be fulfilled',
  fulfilLine: 'only order items that are currently in processing can be marked for fulfilling',
  shipOrder: 'only orders that are confirmed or in-progress can be shipped',
  shipLine: 'only order items that are currently being fulfilled can be marked as shipped',
  deliverOrder: 'only orders that are confirmed or in-progress can be shipped or delivered',
  deliverLine: 'only order items that are currently being shipped can be marked as delivered',
  updateFulfilmentOrder:
    'only orders that are at least in-progress and items marked as fulfilling can be updated',
  updateFulfilmentLine:
    'only order items that already have a fulfillment details node can be updated',
  updateShipmentOrder:
    'only orders that are at least in-progress and items marked as shipped can be updated',
  updateShipmentLine: 'only order items that already have a shipment node can be updated',
  updateDeliveryOrder:
    'only orders that are at least in-progress and items marked as delivered can be updated',
  updateDeliveryLine: 'only order items that already have a delivery node can be updated',
} as const;

export type LineAction = 'fulfil' | 'ship' | 'deliver';
export type DetailsNode = 'fulfillment_order_details' | 'shipment' | 'delivery';

const active: readonly OrderStatus[] = ['CONFIRMED', 'IN-PROGRESS'];
const editable: readonly OrderStatus[] = ['IN-PROGRESS', 'COMPLETED', 'CANCELLED'];

const lineRules: Record<
  LineAction,
  { from: OrderLineStatus; to: OrderLineStatus; orderMessage: string; lineMessage: string }
> = {
  fulfil: {
    from: 'PROCESSING',
    to: 'FULFILLING',
    orderMessage: transitionMessages.fulfilOrder,
    lineMessage: transitionMessages.fulfilLine,
  },
  ship: {
    from: 'FULFILLING',
    to: 'SHIPPED',
    orderMessage: transitionMessages.shipOrder,
    lineMessage: transitionMessages.shipLine,
  },
  deliver: {
    from: 'SHIPPED',
    to: 'DELIVERED',
    orderMessage: transitionMessages.deliverOrder,
    lineMessage: transitionMessages.deliverLine,
  },
};

export function nextStatusOnConfirm(status: OrderStatus): OrderStatus {
  if (status !== 'RECEIVED') throw new TransitionNotAllowed(transitionMessages.confirm);
  return 'CONFIRMED';
}

const cancellable: readonly OrderStatus[] = ['RECEIVED', 'CONFIRMED', 'IN-PROGRESS'];
const leftTheShop: readonly (OrderLineStatus | undefined)[] = ['SHIPPED', 'DELIVERED'];

/**
 * Staff may cancel until something is on its way: a shipped or delivered item can only come
 * back as a return.
 */
export function nextStatusOnCancel(
  status: OrderStatus,
  lineStatuses: readonly (OrderLineStatus | undefined)[],
): OrderStatus {
  if (!cancellable.includes(status) || lineStatuses.some((line) => leftTheShop.includes(line))) {
    throw new TransitionNotAllowed(transitionMessages.cancel, {
      code: errorCodes.orderNotCancellable,
    });
  }
  return 'CANCELLED';
}

/** The order must allow line work at all (checked before the line is even looked up). */
export function assertOrderAllowsLineAction(status: OrderStatus, action: LineAction): void {
  if (!active.includes(status)) throw new TransitionNotAllowed(lineRules[action].orderMessage);
}

/** The line's next status, or a 405 when the line is not where the action starts. */
export function nextLineStatus(
  line: OrderLineStatus | undefined,
  action: LineAction,
): OrderLineStatus {
  const rule = lineRules[action];
  if (line !== rule.from) throw new TransitionNotAllowed(rule.lineMessage);
  return rule.to;
}

/** The order's status after a line moved: first fulfilment starts work, last delivery ends it. */
export function orderStatusAfterLineChange(
  status: OrderStatus,
  action: LineAction,
  lineStatuses: readonly (OrderLineStatus | undefined)[],
): OrderStatus {
  if (action === 'fulfil') return 'IN-PROGRESS';
  if (action === 'deliver' && lineStatuses.every((s) => s === 'DELIVERED')) return 'COMPLETED';
  return status;
}

const nodeMessages: Record<DetailsNode, { order: string; line: string }> = {
  fulfillment_order_details: {
    order: transitionMessages.updateFulfilmentOrder,
    line: transitionMessages.updateFulfilmentLine,
  },
  shipment: {
    order: transitionMessages.updateShipmentOrder,
    line: transitionMessages.updateShipmentLine,
  },
  delivery: {
    order: transitionMessages.updateDeliveryOrder,
    line: transitionMessages.updateDeliveryLine,
  },
};

export function assertOrderAllowsDetailsEdit(status: OrderStatus, node: DetailsNode): void {
  if (!editable.includes(status)) throw new TransitionNotAllowed(nodeMessages[node].order);
}

export function assertLineHasNode(hasNode: boolean, node: DetailsNode): void {
  if (!hasNode) throw new TransitionNotAllowed(nodeMessages[node].line);
}
