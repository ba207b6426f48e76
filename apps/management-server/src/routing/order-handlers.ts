import { computeDashboardSummary } from '../dashboard/dashboard-summary.js';
import { cancelOrder } from '../orders/cancel-order.js';
import { retryRefund } from '../orders/retry-refund.js';
import { returnOrderLine } from '../orders/return-order-line.js';
import {
  confirmOrder,
  markItemAsDelivered,
  markItemAsFulfilling,
  markItemAsShipped,
} from '../orders/order-actions.js';
import { addComment, deleteComment, editComment } from '../orders/order-comments.js';
import {
  updateDeliveryDetails,
  updateFulfillmentDetails,
  updateShipmentDetails,
} from '../orders/order-details-edits.js';
import { markOrderAsPaid } from '../orders/mark-order-paid.js';
import { getOrder, listOrders } from '../orders/read-orders.js';
import type { Services } from '../services.js';
import { actorOf } from './handler-context.js';
import type { HandlerTable } from './route-types.js';

type OrderRouteKey =
  Extract<keyof HandlerTable, `${string} /orders/${string}`> | 'GET /dashboard/summary';

export function orderHandlers(services: Services): Pick<HandlerTable, OrderRouteKey> {
  const who = (ctx: Parameters<typeof actorOf>[0]) => actorOf(ctx).auditor;
  return {
    'POST /orders/orderList': ({ body }) => listOrders(services, body),
    'GET /orders/order': ({ query }) => getOrder(services, query.orderId),
    'POST /orders/confirmOrder': ({ body }, ctx) => confirmOrder(services, who(ctx), body.orderId),
    'POST /orders/cancelOrder': ({ body }, ctx) => cancelOrder(services, who(ctx), body),
    'POST /orders/returnOrderLine': ({ body }, ctx) => returnOrderLine(services, who(ctx), body),
    'POST /orders/retryRefund': ({ body }, ctx) => retryRefund(services, who(ctx), body),
    'POST /orders/markOrderAsPaid': ({ body }, ctx) =>
      markOrderAsPaid(services, who(ctx), body.orderId, ctx.language),
    'POST /orders/markItemAsFulfilling': ({ body }, ctx) =>
      markItemAsFulfilling(services, who(ctx), body),
    'POST /orders/markItemAsShipped': ({ body }, ctx) =>
      markItemAsShipped(services, who(ctx), body),
    'POST /orders/markItemAsDelivered': ({ body }, ctx) =>
      markItemAsDelivered(services, who(ctx), body),
    'PUT /orders/updateOrderFulfillmentDetails': ({ body }, ctx) =>
      updateFulfillmentDetails(services, who(ctx), body),
    'PUT /orders/updateShipmentDetails': ({ body }, ctx) =>
      updateShipmentDetails(services, who(ctx), body),
    'PUT /orders/updateDeliveryDetails': ({ body }, ctx) =>
      updateDeliveryDetails(services, who(ctx), body),
    'POST /orders/addComment': ({ body }, ctx) => addComment(services, who(ctx), body),
    'PUT /orders/editComment': ({ body }, ctx) => editComment(services, who(ctx), body),
    'DELETE /orders/deleteComment': ({ body }, ctx) => deleteComment(services, who(ctx), body),
    'GET /dashboard/summary': () =>
      services.dashboardCache.get(() => computeDashboardSummary(services)),
  };
}
