import { Schema } from 'mongoose';
import { orderDocumentDefinition, type OrderDocumentFields } from './order-document.js';

export const CHECKOUT_COLLECTION = 'veniqa_checkouts';

/** A priced cart waiting for payment; at most one per shopper. */
export interface CheckoutDoc extends OrderDocumentFields {
  /**
   * Set while one request completes this checkout, so a second completion (double click, two
   * tabs) neither reserves stock twice nor pays twice. A claim older than a few minutes is
   * treated as abandoned (the process that took it died).
   */
  completionClaimedAt?: Date;
}

export const checkoutSchema = new Schema<CheckoutDoc>(
  { ...orderDocumentDefinition, completionClaimedAt: { type: Date } },
  { collection: CHECKOUT_COLLECTION },
);
checkoutSchema.index({ user: 1 });
// The image sweeper re-reads what changed since its start before each deletion.
checkoutSchema.index({ 'auditLog.updatedOn': -1 });
