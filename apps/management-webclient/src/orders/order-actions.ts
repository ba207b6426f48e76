import type { AdminOrderDetail, OrderStatus } from '@aneis/contracts';

type OrderLine = AdminOrderDetail['cart']['items'][number];

const cancellable: readonly OrderStatus[] = ['RECEIVED', 'CONFIRMED', 'IN-PROGRESS'];
const leftTheShop: readonly string[] = ['SHIPPED', 'DELIVERED'];

/**
 * Order-level moves: confirming only a RECEIVED order; cancelling until a line has shipped (what
 * has shipped can only come back as a return), as the server's state machine allows.
 */
export function allowedOrderActions(order: Pick<AdminOrderDetail, 'overall_status' | 'cart'>): {
  confirm: boolean;
  cancel: boolean;
} {
  const shipped = order.cart.items.some((line) =>
    leftTheShop.includes(line.order_line_level_processing_details?.status ?? ''),
  );
  return {
    confirm: order.overall_status === 'RECEIVED',
    cancel: cancellable.includes(order.overall_status) && !shipped,
  };
}

/** Units of a delivered line that may still come back (none before delivery). */
export function returnableUnits(line: OrderLine): number {
  if (line.order_line_level_processing_details?.status !== 'DELIVERED') return 0;
  return Math.max(0, line.counts - (line.returned ?? 0));
}

/** Money a manager receives in person or in the bank; card payments settle themselves. */
const manualSources: readonly string[] = ['CASH_ON_DELIVERY', 'BANK_TRANSFER'];

/**
 * The manual payment a manager may confirm: the order awaits its money, was not cancelled, and
 * is paid on delivery or by transfer (the server refuses the rest with a 409 too).
 */
export function manualPaymentToConfirm(
  order: Pick<AdminOrderDetail, 'overall_status' | 'payment_status' | 'payment_info'>,
): AdminOrderDetail['payment_info'][number] | undefined {
  if (order.payment_status !== 'AWAITING_PAYMENT' || order.overall_status === 'CANCELLED') {
    return undefined;
  }
  return order.payment_info.find((payment) => manualSources.includes(payment.source));
}

/** One step of a line: a forward move, or an edit of the details a past move recorded. */
export type LineAction =
  'fulfil' | 'ship' | 'deliver' | 'editFulfilment' | 'editShipment' | 'editDelivery';

const progressing: readonly OrderStatus[] = ['CONFIRMED', 'IN-PROGRESS'];
const detailsEditable: readonly OrderStatus[] = ['IN-PROGRESS', 'COMPLETED', 'CANCELLED'];

/**
 * The line moves the server's state machine allows: PROCESSING → FULFILLING → SHIPPED →
 * DELIVERED while the order is CONFIRMED or IN-PROGRESS; recorded details stay editable once
 * the order is IN-PROGRESS, COMPLETED or CANCELLED.
 */
export function allowedLineActions(orderStatus: OrderStatus, line: OrderLine): LineAction[] {
  const details = line.order_line_level_processing_details;
  const actions: LineAction[] = [];
  if (progressing.includes(orderStatus)) {
    if (details?.status === 'PROCESSING') actions.push('fulfil');
    if (details?.status === 'FULFILLING') actions.push('ship');
    if (details?.status === 'SHIPPED') actions.push('deliver');
  }
  if (detailsEditable.includes(orderStatus)) {
    if (details?.fulfillment_order_details) actions.push('editFulfilment');
    if (details?.shipment) actions.push('editShipment');
    if (details?.delivery) actions.push('editDelivery');
  }
  return actions;
}
