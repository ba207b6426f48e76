import { z } from 'zod';
import { paginated } from '../common/paging.js';
import { auditEntrySchema } from '../model/audit-entry.js';
import { dashboardSummarySchema } from '../model/dashboard.js';
import { adminOrderDetailSchema, commentSchema } from '../model/order.js';
import { adminOrderSummarySchema } from '../model/order-summaries.js';
import { orderIdQuerySchema } from '../shopping/orders.js';
import { defineRoutes } from '../routes/route-contract.js';
import { auditListBodySchema } from './audit.js';
import {
  addCommentBodySchema,
  cancelOrderBodySchema,
  retryRefundBodySchema,
  returnOrderLineBodySchema,
  adminOrderListBodySchema,
  deleteCommentBodySchema,
  editCommentBodySchema,
  markItemAsDeliveredBodySchema,
  markItemAsFulfillingBodySchema,
  markItemAsShippedBodySchema,
  orderIdBodySchema,
  updateDeliveryDetailsBodySchema,
  updateFulfillmentDetailsBodySchema,
  updateShipmentDetailsBodySchema,
} from './orders.js';
import { permissionGuards } from './roles.js';

const { canViewOrders, canManageOrders, canViewDashboard, canViewAudit } = permissionGuards;
const comments = z.array(commentSchema);

/** An order mutation: POST/PUT/DELETE under /orders, answering the updated order. */
function orderAction<M extends 'POST' | 'PUT', A extends string, B extends z.ZodType>(
  method: M,
  action: A,
  body: B,
  summary: string,
) {
  return {
    method,
    path: `/orders/${action}` as const,
    auth: 'admin',
    permissions: canManageOrders,
    request: { body },
    response: adminOrderDetailSchema,
    summary,
  } as const;
}

/** Orders (Veniqa's state machine), the dashboard and the audit log. */
export const managementOrderRoutes = defineRoutes([
  {
    method: 'POST',
    path: '/orders/orderList',
    auth: 'admin',
    permissions: canViewOrders,
    request: { body: adminOrderListBodySchema },
    response: paginated(adminOrderSummarySchema),
    summary: 'Page through orders, optionally of one status',
  },
  {
    method: 'GET',
    path: '/orders/order',
    auth: 'admin',
    permissions: canViewOrders,
    request: { query: orderIdQuerySchema },
    response: adminOrderDetailSchema,
    summary: 'One order in full',
  },
  orderAction('POST', 'confirmOrder', orderIdBodySchema, 'RECEIVED → CONFIRMED'),
  orderAction(
    'POST',
    'cancelOrder',
    cancelOrderBodySchema,
    'Until a line ships: → CANCELLED; stock returned once; what was paid is refunded',
  ),
  orderAction(
    'POST',
    'returnOrderLine',
    returnOrderLineBodySchema,
    'Delivered units came back: recorded, stock returned once, refunded (Stripe or by transfer)',
  ),
  orderAction(
    'POST',
    'retryRefund',
    retryRefundBodySchema,
    'Asks Stripe again for a refund that failed (same idempotency key: never refunded twice)',
  ),
  orderAction(
    'POST',
    'markOrderAsPaid',
    orderIdBodySchema,
    'Cash on delivery or bank transfer: AWAITING_PAYMENT → PAID (409 for card or paid orders)',
  ),
  orderAction(
    'POST',
    'markItemAsFulfilling',
    markItemAsFulfillingBodySchema,
    'Line PROCESSING → FULFILLING',
  ),
  orderAction('POST', 'markItemAsShipped', markItemAsShippedBodySchema, 'Line → SHIPPED'),
  orderAction('POST', 'markItemAsDelivered', markItemAsDeliveredBodySchema, 'Line → DELIVERED'),
  orderAction(
    'PUT',
    'updateOrderFulfillmentDetails',
    updateFulfillmentDetailsBodySchema,
    "Edit a line's fulfilment details",
  ),
  orderAction(
    'PUT',
    'updateShipmentDetails',
    updateShipmentDetailsBodySchema,
    "Edit a line's shipment details",
  ),
  orderAction(
    'PUT',
    'updateDeliveryDetails',
    updateDeliveryDetailsBodySchema,
    "Edit a line's delivery details",
  ),
  {
    method: 'POST',
    path: '/orders/addComment',
    auth: 'admin',
    permissions: canManageOrders,
    request: { body: addCommentBodySchema },
    response: comments,
    summary: 'Add a comment to an order',
  },
  {
    method: 'PUT',
    path: '/orders/editComment',
    auth: 'admin',
    permissions: canManageOrders,
    request: { body: editCommentBodySchema },
    response: comments,
    summary: "Edit one's own comment",
  },
  {
    method: 'DELETE',
    path: '/orders/deleteComment',
    auth: 'admin',
    permissions: canManageOrders,
    request: { body: deleteCommentBodySchema },
    response: comments,
    summary: "Delete one's own comment",
  },
  {
    method: 'GET',
    path: '/dashboard/summary',
    auth: 'admin',
    permissions: canViewDashboard,
    response: dashboardSummarySchema,
    summary: 'Revenue, order counts, top products and low stock',
  },
  {
    method: 'POST',
    path: '/audit/list',
    auth: 'admin',
    permissions: canViewAudit,
    request: { body: auditListBodySchema },
    response: paginated(auditEntrySchema),
    summary: 'Page through the audit log, filtered by admin, entity and time',
  },
]);
