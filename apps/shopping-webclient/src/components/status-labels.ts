import type { OrderLineStatus, OrderStatus } from '@aneis/contracts';
import type { MessageKey } from '../i18n/i18n.js';

export const orderStatusLabels: Record<OrderStatus, MessageKey> = {
  RECEIVED: 'status.received',
  CONFIRMED: 'status.confirmed',
  'IN-PROGRESS': 'status.inProgress',
  COMPLETED: 'status.completed',
  CANCELLED: 'status.cancelled',
};

export const lineStatusLabels: Record<OrderLineStatus, MessageKey> = {
  PROCESSING: 'status.processing',
  FULFILLING: 'status.fulfilling',
  SHIPPED: 'status.shipped',
  DELIVERED: 'status.delivered',
};
