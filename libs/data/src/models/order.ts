import { Schema } from 'mongoose';
import { orderDocumentDefinition, type OrderDocumentFields } from './order-document.js';

export const ORDER_COLLECTION = 'veniqa_orders';

export interface OrderDoc extends OrderDocumentFields {
  /** True once a cancellation gave the lines' `reservedStock` back (so it happens once). */
  stockReleased: boolean;
  /** The language the shopper used the shop in when ordering (`pt`, `en`): their order mails' language. */
  language?: string;
  /**
   * What people read and say (`AN-2026-000123`): given when the order is placed, backfilled for
   * older orders. `_id` stays the API's identifier.
   */
  orderNumber?: string;
}

export const orderSchema = new Schema<OrderDoc>(
  {
    ...orderDocumentDefinition,
    stockReleased: { type: Boolean, default: false },
    language: { type: String },
    orderNumber: { type: String },
  },
  { collection: ORDER_COLLECTION },
);
orderSchema.index({ user_email: 1, 'auditLog.createdOn': -1 });
// Admins look orders up by number; the counter already makes numbers unique, the index says so.
orderSchema.index({ orderNumber: 1 }, { unique: true, sparse: true });
orderSchema.index({ overall_status: 1, 'auditLog.createdOn': -1 });
// The image sweeper re-reads what changed since its start before each deletion.
orderSchema.index({ 'auditLog.updatedOn': -1 });
