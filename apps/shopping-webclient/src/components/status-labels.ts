import type {
  OrderLineStatus,
  OrderStatus,
  PaymentSource,
  PaymentStatus,
  ReturnStatus,
} from '@aneis/contracts';
import type { MessageKey } from '../i18n/i18n.js';

export const orderStatusLabels: Record<OrderStatus, MessageKey> = {
  RECEIVED: 'status.received',
  CONFIRMED: 'status.confirmed',
  'IN-PROGRESS': 'status.inProgress',
  COMPLETED: 'status.completed',
  CANCELLED: 'status.cancelled',
};

/** Said beside the order's status (which stays Veniqa's COMPLETED) once items came back. */
export const returnStatusLabels: Record<ReturnStatus, MessageKey> = {
  PARTIALLY_RETURNED: 'orders.returnStatus.partly',
  RETURNED: 'orders.returnStatus.whole',
};

export const lineStatusLabels: Record<OrderLineStatus, MessageKey> = {
  PROCESSING: 'status.processing',
  FULFILLING: 'status.fulfilling',
  SHIPPED: 'status.shipped',
  DELIVERED: 'status.delivered',
};

export const paymentStatusLabels: Record<PaymentStatus, MessageKey> = {
  AWAITING_PAYMENT: 'paymentStatus.awaiting',
  PAID: 'paymentStatus.paid',
  PARTIALLY_REFUNDED: 'paymentStatus.partiallyRefunded',
  REFUNDED: 'paymentStatus.refunded',
};

/** How a shopper paid, in words (Veniqa's placeholders read as "other"). */
export const paymentSourceLabels: Record<PaymentSource, MessageKey> = {
  STRIPE: 'payment.card',
  KHALTI: 'payment.khalti',
  CASH_ON_DELIVERY: 'payment.cashOnDelivery',
  BANK_TRANSFER: 'payment.bankTransfer',
  NONE: 'payment.other',
  BKASH: 'payment.other',
  PAYPAL: 'payment.other',
};
