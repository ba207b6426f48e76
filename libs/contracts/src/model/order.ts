import { z } from 'zod';
import { auditLogSchema } from '../common/audit-log.js';
import { emailSchema } from '../common/credentials.js';
import { isoDateTimeSchema } from '../common/dates.js';
import { objectIdSchema } from '../common/ids.js';
import { moneySchema } from '../common/money.js';
import { weightSchema } from '../common/weight.js';
import { addressSchema } from './address.js';
import { customizationChoicesSchema } from './customization.js';
import { orderReturnSchema, refundSchema } from './order-refunds.js';
import { orderLineStatusSchema, orderStatusSchema, returnStatusSchema } from './order-status.js';
import { paymentSchema, paymentStatusSchema } from './payment.js';
import { productDetailSchema, productRecordSchema } from './product.js';

export const commentSchema = z.object({
  _id: objectIdSchema,
  content: z.string(),
  auditLog: auditLogSchema,
});
export type Comment = z.output<typeof commentSchema>;

export const lineProcessingSchema = z.object({
  status: orderLineStatusSchema,
  fulfillment_order_details: z
    .object({
      store: z.string(),
      /** Resell fields (a supplier's order number, what the item cost): absent when made in-house. */
      order_number: z.string().optional(),
      total_cost_price_of_item: moneySchema.optional(),
      auditLog: auditLogSchema,
    })
    .optional(),
  shipment: z
    .object({
      provider: z.string(),
      tracking_number: z.string(),
      service: z.string(),
      paid_postage: moneySchema,
      auditLog: auditLogSchema,
    })
    .optional(),
  delivery: z.object({ delivery_date: isoDateTimeSchema, auditLog: auditLogSchema }).optional(),
});
export type LineProcessing = z.output<typeof lineProcessingSchema>;

/** The money lines of a priced cart (Veniqa's formula, computed in cents by the server). */
export const orderTotalsShape = {
  totalWeight: weightSchema,
  subTotalPrice: moneySchema,
  serviceCharge: moneySchema,
  shippingPrice: moneySchema,
  tariffPrice: moneySchema,
  totalPrice: moneySchema,
};

/**
 * The IVA contained in the gross total, one entry per rate (orders placed before IVA was
 * recorded have none). Computed per line in cents at checkout and kept as charged.
 */
export const vatLineSchema = z.object({ ratePercent: z.number(), vatPrice: moneySchema });
export type VatLine = z.output<typeof vatLineSchema>;
export const orderVatShape = {
  vatPrice: moneySchema.optional(),
  vatLines: z.array(vatLineSchema).optional(),
  /** The part of `vatPrice` the shipping price contains (shipping is taxed like the goods). */
  shippingVatPrice: moneySchema.optional(),
};

/** `AN-<year>-<sequence>`: the human order number (see @aneis/data's order counter). */
export const orderNumberSchema = z.string().regex(/^AN-\d{4}-\d{6,}$/, 'must be an order number');

function orderDocument<P extends z.ZodType>(product: P) {
  const line = z.object({
    _id: objectIdSchema,
    product,
    counts: z.int().min(1),
    aggregatedWeight: weightSchema,
    aggregatedPrice: moneySchema,
    /** The line's IVA rate and the IVA its price contains (absent on older orders). */
    vatPercent: z.number().optional(),
    vatPrice: moneySchema.optional(),
    customizations: customizationChoicesSchema.optional(),
    /** The SKU of the variant ordered (a ring size × metal), when the product has variants. */
    variantSku: z.string().optional(),
    order_line_level_processing_details: lineProcessingSchema.optional(),
    /** Units of this line that came back after delivery (absent when none did). */
    returned: z.int().min(1).optional(),
  });
  return z.object({
    _id: objectIdSchema,
    /** The number people read and say (`AN-2026-000123`); orders only, not checkouts. */
    orderNumber: orderNumberSchema.optional(),
    overall_status: orderStatusSchema,
    /** Whether units came back after delivery (not Veniqa's; absent when none did). */
    return_status: returnStatusSchema.optional(),
    cart: z.object({ items: z.array(line), ...orderTotalsShape, ...orderVatShape }),
    user_email: emailSchema,
    mailing_address: addressSchema,
    /** The shipping method code chosen at checkout (Veniqa never stored it). */
    shipping_method: z.string().optional(),
    payment_info: z.array(paymentSchema),
    /** Whether the money is in (not Veniqa's): set at placement, changed by managers. */
    payment_status: paymentStatusSchema,
    /** The coupon applied and what it took off (`cart.totalPrice` is already net of it). */
    coupon: orderCouponSchema.optional(),
    comments: z.array(commentSchema),
    auditLog: auditLogSchema,
    /** Money given back (cancellation or return); absent when there was none. */
    refunds: z.array(refundSchema).optional(),
    /** Delivered units that came back; absent when none did. */
    returns: z.array(orderReturnSchema).optional(),
  });
}

/** The coupon an order used and what it took off. */
export const orderCouponSchema = z.object({ code: z.string(), discount: moneySchema });
export type OrderCoupon = z.output<typeof orderCouponSchema>;

/** An order or checkout with product snapshots (category and tariff as ids). */
export const orderSchema = orderDocument(productRecordSchema);
export type Order = z.output<typeof orderSchema>;
export type OrderLine = Order['cart']['items'][number];

/** The admin's order view: snapshots with category and tariff populated. */
export const adminOrderDetailSchema = orderDocument(productDetailSchema);
export type AdminOrderDetail = z.output<typeof adminOrderDetailSchema>;

/** A checkout has the order's shape; its `_id` becomes the order id. */
export const checkoutSchema = orderSchema;
export type Checkout = Order;
