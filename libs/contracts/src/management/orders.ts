import { z } from 'zod';
import { dateInputSchema } from '../common/dates.js';
import { objectIdSchema } from '../common/ids.js';
import { decimalAmountInputSchema } from '../common/money.js';
import { pagingOptionsSchema } from '../common/paging.js';
import { sortRuleSchema } from '../common/sort-rule.js';
import { TEXT_LIMITS, optionalText, requiredText } from '../common/text.js';
import { REFUND_REASON_MAX } from '../constants/refunds.js';
import { orderStatusSchema } from '../model/order-status.js';

/** More units than any order line could hold: a bound, so a typo is a 400 and not a query. */
const LIMITS_RETURN_QUANTITY = 10_000;

export const adminOrderSortFields = [
  'auditLog.createdOn',
  'auditLog.updatedOn',
  'overall_status',
  'user_email',
] as const;

export const adminOrderListBodySchema = z.object({
  orderStatus: orderStatusSchema.optional(),
  /**
   * Finds an order by its number as people type it (`AN-2026-000123`, `2026-123`) or by its id;
   * other text matches the customer's e-mail address.
   */
  search: z.string().trim().max(254).optional(),
  pagingOptions: pagingOptionsSchema,
  sortRule: sortRuleSchema(adminOrderSortFields).optional(),
});
export type AdminOrderListBody = z.output<typeof adminOrderListBodySchema>;
export type AdminOrderListBodyInput = z.input<typeof adminOrderListBodySchema>;

export const orderIdBodySchema = z.object({ orderId: objectIdSchema });
export type OrderIdBody = z.output<typeof orderIdBodySchema>;

const orderLine = { orderId: objectIdSchema, cartItemId: objectIdSchema };

/** An amount that may be left out, or sent empty by a form whose field was left blank. */
const optionalAmount = z.union([z.literal(''), decimalAmountInputSchema]).optional();

/**
 * Amount fields keep Veniqa's `…USD` names; the values are in the shop's base currency. The
 * fulfilment store is free text (Veniqa's two schema copies disagreed). The supplier order
 * number and the item's cost are Veniqa's resell model: a shop that makes its own rings has
 * neither, so both may be left out (or empty). The shipment provider is
 * any text here: the server looks it up among the active carriers (reference data) and answers
 * a 400 naming an unknown one, which a format rule here could not do.
 */
export const markItemAsFulfillingBodySchema = z.object({
  ...orderLine,
  store: requiredText(TEXT_LIMITS.code),
  orderNumber: optionalText(TEXT_LIMITS.code),
  totalCostPriceOfItemUSD: optionalAmount,
});
export type MarkItemAsFulfillingBody = z.output<typeof markItemAsFulfillingBodySchema>;
export type MarkItemAsFulfillingBodyInput = z.input<typeof markItemAsFulfillingBodySchema>;

export const markItemAsShippedBodySchema = z.object({
  ...orderLine,
  provider: requiredText(TEXT_LIMITS.code),
  trackingNumber: requiredText(TEXT_LIMITS.code),
  service: requiredText(TEXT_LIMITS.code),
  paidPostageInUSD: decimalAmountInputSchema,
});
export type MarkItemAsShippedBody = z.output<typeof markItemAsShippedBodySchema>;
export type MarkItemAsShippedBodyInput = z.input<typeof markItemAsShippedBodySchema>;

export const markItemAsDeliveredBodySchema = z.object({
  ...orderLine,
  deliveryDate: dateInputSchema,
});
export type MarkItemAsDeliveredBody = z.output<typeof markItemAsDeliveredBodySchema>;

/**
 * The update routes: a field that is absent or empty is left unchanged; when nothing is sent
 * the server answers Veniqa's 400 "Nothing has been sent for update".
 */
export const updateFulfillmentDetailsBodySchema = z.object({
  ...orderLine,
  store: optionalText(TEXT_LIMITS.code),
  orderNumber: optionalText(TEXT_LIMITS.code),
  totalCostPriceOfItemUSD: optionalAmount,
});
export type UpdateFulfillmentDetailsBody = z.output<typeof updateFulfillmentDetailsBodySchema>;

export const updateShipmentDetailsBodySchema = z.object({
  ...orderLine,
  provider: optionalText(TEXT_LIMITS.code),
  trackingNumber: optionalText(TEXT_LIMITS.code),
  service: optionalText(TEXT_LIMITS.code),
  paidPostageInUSD: optionalAmount,
});
export type UpdateShipmentDetailsBody = z.output<typeof updateShipmentDetailsBodySchema>;

export const updateDeliveryDetailsBodySchema = z.object({
  ...orderLine,
  deliveryDate: z.union([z.literal(''), dateInputSchema]).optional(),
});
export type UpdateDeliveryDetailsBody = z.output<typeof updateDeliveryDetailsBodySchema>;

export const addCommentBodySchema = z.object({
  orderId: objectIdSchema,
  comment: requiredText(TEXT_LIMITS.comment),
});
export type AddCommentBody = z.output<typeof addCommentBodySchema>;

export const editCommentBodySchema = addCommentBodySchema.extend({ commentId: objectIdSchema });
export type EditCommentBody = z.output<typeof editCommentBodySchema>;

export const deleteCommentBodySchema = z.object({
  orderId: objectIdSchema,
  commentId: objectIdSchema,
});
export type DeleteCommentBody = z.output<typeof deleteCommentBodySchema>;

const refundReason = optionalText(REFUND_REASON_MAX);

/**
 * Cancelling: Veniqa's `{ orderId }` still works; a reason may be given for the refund record.
 * The server refunds what was paid (all of it) when the money is in.
 */
export const cancelOrderBodySchema = orderIdBodySchema.extend({ reason: refundReason });
export type CancelOrderBody = z.output<typeof cancelOrderBodySchema>;

/**
 * Units of a delivered line that came back. `refundAmount` defaults to what those units cost;
 * a manager may give back less (a damaged ring) or nothing (`0`), never more than was paid.
 */
export const returnOrderLineBodySchema = z.object({
  ...orderLine,
  quantity: z.int().min(1).max(LIMITS_RETURN_QUANTITY),
  reason: requiredText(REFUND_REASON_MAX),
  refundAmount: optionalAmount,
});
export type ReturnOrderLineBody = z.output<typeof returnOrderLineBodySchema>;
export type ReturnOrderLineBodyInput = z.input<typeof returnOrderLineBodySchema>;

/** Asks Stripe again for a refund it refused or never answered (same idempotency key). */
export const retryRefundBodySchema = z.object({
  orderId: objectIdSchema,
  refundId: objectIdSchema,
});
export type RetryRefundBody = z.output<typeof retryRefundBodySchema>;
