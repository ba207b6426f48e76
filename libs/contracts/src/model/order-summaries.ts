import { z } from 'zod';
import { isoDateTimeSchema } from '../common/dates.js';
import { objectIdSchema } from '../common/ids.js';
import { moneySchema } from '../common/money.js';
import { weightSchema } from '../common/weight.js';
import { addressSchema } from './address.js';
import { customizationChoicesSchema, customizationOptionsSchema } from './customization.js';
import { orderLineStatusSchema, orderStatusSchema, returnStatusSchema } from './order-status.js';
import { orderCouponSchema, orderNumberSchema, orderTotalsShape, orderVatShape } from './order.js';
import { paymentSchema, paymentStatusSchema } from './payment.js';

/** The projections Veniqa's order lists and the shopper's order page read. */

const lineState = z.object({
  status: orderLineStatusSchema,
  // What a shopper needs to follow a parcel; costs and the fulfilment store stay internal.
  shipment: z
    .object({
      /** The carrier's code, as Veniqa sent it. */
      provider: z.string(),
      tracking_number: z.string(),
      service: z.string(),
      /** The carrier's name; absent when the code names no carrier (yet). */
      provider_name: z.string().optional(),
      /** The parcel's page at the carrier, when the carrier has a tracking URL template. */
      tracking_url: z.string().optional(),
    })
    .optional(),
  delivery: z.object({ delivery_date: isoDateTimeSchema }).optional(),
});

const shopperLine = {
  _id: objectIdSchema,
  counts: z.int().min(1),
  aggregatedPrice: moneySchema,
  /** The line's IVA rate and the IVA its price contains (order detail; absent on older orders). */
  vatPercent: z.number().optional(),
  vatPrice: moneySchema.optional(),
  customizations: customizationChoicesSchema.optional(),
  order_line_level_processing_details: lineState.optional(),
  /** Units of this line the shop took back after delivery (absent when none). */
  returned: z.int().min(1).optional(),
};

const productFace = {
  _id: objectIdSchema,
  name: z.string(),
  brand: z.string(),
  store: z.string(),
  thumbnailUrls: z.array(z.string()),
};

/** A row of the shopper's own order list (`POST /user/orderList`). */
export const userOrderSummarySchema = z.object({
  _id: objectIdSchema,
  /** The number people read and say (`AN-2026-000123`); `_id` stays the API's identifier. */
  orderNumber: orderNumberSchema.optional(),
  overall_status: orderStatusSchema,
  /** Whether units came back after delivery (not Veniqa's; absent when none did). */
  return_status: returnStatusSchema.optional(),
  cart: z.object({
    items: z.array(z.object({ ...shopperLine, product: z.object(productFace) })),
    // Not in Veniqa's list projection: a shopper scanning their orders wants to see what each cost.
    totalPrice: moneySchema,
  }),
  mailing_address: z.object({ country: z.string() }),
  /** Not in Veniqa's projection: whether the shop has the money yet. */
  payment_status: paymentStatusSchema,
  auditLog: z.object({ createdOn: isoDateTimeSchema }),
});
export type UserOrderSummary = z.output<typeof userOrderSummarySchema>;

/**
 * Where and by when to pay an order placed with a bank transfer that awaits its money. Not in
 * Veniqa (which had no bank transfers); absent for every other order.
 */
export const bankTransferInstructionsSchema = z.object({
  /** Compact (no spaces); show it with `groupIban`. */
  iban: z.string(),
  beneficiary: z.string(),
  /** What to write in the transfer's description, so the payment finds its order. */
  reference: z.string(),
  amount: moneySchema,
  /** The last day (YYYY-MM-DD, Lisbon) the transfer should arrive by. */
  deadline: z.iso.date(),
});
export type BankTransferInstructions = z.output<typeof bankTransferInstructionsSchema>;

/** The shopper's order page (`GET /user/orderDetails`). */
export const userOrderDetailSchema = z.object({
  _id: objectIdSchema,
  /** The number people read and say (`AN-2026-000123`); `_id` stays the API's identifier. */
  orderNumber: orderNumberSchema.optional(),
  overall_status: orderStatusSchema,
  /** Whether units came back after delivery (not Veniqa's; absent when none did). */
  return_status: returnStatusSchema.optional(),
  cart: z.object({
    items: z.array(
      z.object({
        ...shopperLine,
        product: z.object({
          ...productFace,
          price: moneySchema,
          customizationOptions: customizationOptionsSchema.optional(),
        }),
      }),
    ),
    ...orderTotalsShape,
    ...orderVatShape,
  }),
  payment_info: z.array(
    paymentSchema.pick({
      source: true,
      type: true,
      amount_in_usd: true,
      amount_in_payment_currency: true,
    }),
  ),
  payment_status: paymentStatusSchema,
  mailing_address: addressSchema,
  shipping_method: z.string().optional(),
  auditLog: z.object({ createdOn: isoDateTimeSchema }),
  bank_transfer: bankTransferInstructionsSchema.optional(),
  /** The coupon applied, when one was (`cart.totalPrice` is net of it). */
  coupon: orderCouponSchema.optional(),
});
export type UserOrderDetail = z.output<typeof userOrderDetailSchema>;

/** A row of the admin order list (`POST /orders/orderList` on the management server). */
export const adminOrderSummarySchema = z.object({
  _id: objectIdSchema,
  /** The number people read and say (`AN-2026-000123`); `_id` stays the API's identifier. */
  orderNumber: orderNumberSchema.optional(),
  overall_status: orderStatusSchema,
  /** Whether units came back after delivery (not Veniqa's; absent when none did). */
  return_status: returnStatusSchema.optional(),
  user_email: z.string(),
  cart: z.object({
    totalWeight: weightSchema,
    items: z.array(z.object({ product: z.object({ name: z.string() }) })),
  }),
  payment_info: z.array(z.object({ amount_in_usd: moneySchema })),
  payment_status: paymentStatusSchema,
  mailing_address: z.object({ country: z.string(), state: z.string(), city: z.string() }),
  auditLog: z.object({ createdOn: isoDateTimeSchema }).optional(),
});
export type AdminOrderSummary = z.output<typeof adminOrderSummarySchema>;
