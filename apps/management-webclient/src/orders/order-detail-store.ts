import type { AdminOrderDetail } from '@aneis/contracts';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useManagementApi } from '../api/management-api.js';
import { useSessionStore } from '../session/session-store.js';
import {
  allowedLineActions,
  allowedOrderActions,
  manualPaymentToConfirm,
  type LineAction,
} from './order-actions.js';

type OrderLine = AdminOrderDetail['cart']['items'][number];

/** The order being looked at, and every move the server allows on it. */
export const useOrderDetailStore = defineStore('order-detail', () => {
  const api = useManagementApi();
  const session = useSessionStore();
  const order = ref<AdminOrderDetail | null>(null);

  const canManage = computed(() => session.can('canManageOrders'));
  const orderActions = computed(() =>
    order.value && canManage.value
      ? allowedOrderActions(order.value)
      : { confirm: false, cancel: false },
  );

  /** The cash-on-delivery or transfer payment this manager may mark received, if any. */
  const paymentToConfirm = computed(() =>
    order.value && canManage.value ? manualPaymentToConfirm(order.value) : undefined,
  );

  function lineActions(line: OrderLine): LineAction[] {
    if (!order.value || !canManage.value) return [];
    return allowedLineActions(order.value.overall_status, line);
  }

  /** Reads an order without showing it: the page decides whether it is still the one wanted. */
  function read(orderId: string, signal?: AbortSignal): Promise<AdminOrderDetail> {
    return api.call('GET /orders/order', { query: { orderId }, signal });
  }

  function show(next: AdminOrderDetail | null): void {
    order.value = next;
  }

  function currentId(): string {
    if (!order.value) throw new Error('no order loaded');
    return order.value._id;
  }

  async function confirm(): Promise<void> {
    order.value = await api.call('POST /orders/confirmOrder', { body: { orderId: currentId() } });
  }

  async function cancel(): Promise<void> {
    order.value = await api.call('POST /orders/cancelOrder', { body: { orderId: currentId() } });
  }

  /** Units of a delivered line came back; `refundAmount` empty lets the server propose it. */
  async function returnLine(
    cartItemId: string,
    values: { quantity: number; reason: string; refundAmount: string },
  ): Promise<void> {
    order.value = await api.call('POST /orders/returnOrderLine', {
      body: { orderId: currentId(), cartItemId, ...values },
    });
  }

  async function retryRefund(refundId: string): Promise<void> {
    order.value = await api.call('POST /orders/retryRefund', {
      body: { orderId: currentId(), refundId },
    });
  }

  async function markPaid(): Promise<void> {
    order.value = await api.call('POST /orders/markOrderAsPaid', {
      body: { orderId: currentId() },
    });
  }

  /** Sends one line step (form values as typed: amounts stay strings, as Veniqa's client sent). */
  async function applyLineStep(
    action: LineAction,
    cartItemId: string,
    values: Record<string, string>,
  ): Promise<void> {
    const line = { orderId: currentId(), cartItemId };
    const v = (key: string) => (values[key] ?? '').trim();
    switch (action) {
      case 'fulfil':
        order.value = await api.call('POST /orders/markItemAsFulfilling', {
          body: {
            ...line,
            store: v('store'),
            orderNumber: v('orderNumber'),
            totalCostPriceOfItemUSD: v('totalCostPriceOfItemUSD'),
          },
        });
        return;
      case 'ship':
        order.value = await api.call('POST /orders/markItemAsShipped', {
          body: {
            ...line,
            provider: v('provider'),
            trackingNumber: v('trackingNumber'),
            service: v('service'),
            paidPostageInUSD: v('paidPostageInUSD'),
          },
        });
        return;
      case 'deliver':
        order.value = await api.call('POST /orders/markItemAsDelivered', {
          body: { ...line, deliveryDate: v('deliveryDate') },
        });
        return;
      case 'editFulfilment':
        order.value = await api.call('PUT /orders/updateOrderFulfillmentDetails', {
          body: {
            ...line,
            store: v('store'),
            orderNumber: v('orderNumber'),
            totalCostPriceOfItemUSD: v('totalCostPriceOfItemUSD'),
          },
        });
        return;
      case 'editShipment':
        order.value = await api.call('PUT /orders/updateShipmentDetails', {
          body: {
            ...line,
            provider: v('provider'),
            trackingNumber: v('trackingNumber'),
            service: v('service'),
            paidPostageInUSD: v('paidPostageInUSD'),
          },
        });
        return;
      case 'editDelivery':
        order.value = await api.call('PUT /orders/updateDeliveryDetails', {
          body: { ...line, deliveryDate: v('deliveryDate') },
        });
        return;
    }
  }

  function isOwnComment(comment: AdminOrderDetail['comments'][number]): boolean {
    return canManage.value && comment.auditLog.createdBy.email === session.admin?.email;
  }

  async function addComment(comment: string): Promise<void> {
    const comments = await api.call('POST /orders/addComment', {
      body: { orderId: currentId(), comment },
    });
    if (order.value) order.value.comments = comments;
  }

  async function editComment(commentId: string, comment: string): Promise<void> {
    const comments = await api.call('PUT /orders/editComment', {
      body: { orderId: currentId(), commentId, comment },
    });
    if (order.value) order.value.comments = comments;
  }

  async function deleteComment(commentId: string): Promise<void> {
    const comments = await api.call('DELETE /orders/deleteComment', {
      body: { orderId: currentId(), commentId },
    });
    if (order.value) order.value.comments = comments;
  }

  return {
    order,
    canManage,
    orderActions,
    paymentToConfirm,
    lineActions,
    read,
    show,
    confirm,
    cancel,
    returnLine,
    retryRefund,
    markPaid,
    applyLineStep,
    isOwnComment,
    addComment,
    editComment,
    deleteComment,
  };
});
