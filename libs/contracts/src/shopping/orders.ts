import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { pagingOptionsSchema } from '../common/paging.js';
import { sortRuleSchema } from '../common/sort-rule.js';
import { TEXT_LIMITS, requiredText } from '../common/text.js';
import { couponCodeSchema } from '../model/coupon.js';
import { manualPaymentMethodSchema } from '../model/payment.js';

export const userOrderSortFields = ['auditLog.createdOn', 'auditLog.updatedOn'] as const;

export const userOrderListBodySchema = z.object({
  pagingOptions: pagingOptionsSchema,
  sortRule: sortRuleSchema(userOrderSortFields).optional(),
});
export type UserOrderListBody = z.output<typeof userOrderListBodySchema>;
export type UserOrderListBodyInput = z.input<typeof userOrderListBodySchema>;

/** `?orderId=` (shopper order details; admin order view). */
export const orderIdQuerySchema = z.object({ orderId: objectIdSchema });
export type OrderIdQuery = z.output<typeof orderIdQuerySchema>;

/** `shippingMethod` is the code of a row from `GET /ui/shippingMethods`. */
export const createCheckoutBodySchema = z.object({
  addressId: objectIdSchema,
  shippingMethod: requiredText(TEXT_LIMITS.code),
  /** A discount code; absent (Veniqa's clients) or empty means none. */
  couponCode: z.union([z.literal(''), couponCodeSchema]).optional(),
});
export type CreateCheckoutBody = z.output<typeof createCheckoutBodySchema>;

export const checkoutIdQuerySchema = z.object({ checkoutId: objectIdSchema });
export type CheckoutIdQuery = z.output<typeof checkoutIdQuerySchema>;

export const stripePaymentInstantBodySchema = z.object({ checkoutId: objectIdSchema });
export type StripePaymentInstantBody = z.output<typeof stripePaymentInstantBodySchema>;

/** A provider's token or id (Stripe PaymentIntent id, Khalti token): no spaces, bounded. */
export const paymentTokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.:-]{1,255}$/, 'must be a payment token (letters, digits, _ . : -)');

export const completeCheckoutBodySchema = z.object({
  checkoutId: objectIdSchema,
  paymentToken: paymentTokenSchema,
});
export type CompleteCheckoutBody = z.output<typeof completeCheckoutBodySchema>;

export const completeCheckoutManuallyBodySchema = z.object({
  checkoutId: objectIdSchema,
  method: manualPaymentMethodSchema,
});
export type CompleteCheckoutManuallyBody = z.output<typeof completeCheckoutManuallyBodySchema>;

/** Every completion answers with the order id, which equals the checkout id. */
export const orderIdResponseSchema = z.object({ order_id: objectIdSchema });
export type OrderIdResponse = z.output<typeof orderIdResponseSchema>;

export const clientSecretResponseSchema = z.object({ client_secret: z.string() });
export type ClientSecretResponse = z.output<typeof clientSecretResponseSchema>;
