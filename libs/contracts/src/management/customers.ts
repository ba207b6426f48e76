import { z } from 'zod';
import { isoDateTimeSchema } from '../common/dates.js';
import { objectIdSchema } from '../common/ids.js';
import { moneySchema } from '../common/money.js';
import { pagingOptionsSchema } from '../common/paging.js';
import { TEXT_LIMITS } from '../common/text.js';
import { addressSchema } from '../model/address.js';
import { orderStatusSchema } from '../model/order-status.js';
import { orderNumberSchema } from '../model/order.js';
import { paymentStatusSchema } from '../model/payment.js';

/**
 * `POST /customers/list`: shopper accounts, newest first. `search` is plain text matched
 * (case-insensitively, anywhere) against the name and the e-mail address; it is never read as a
 * pattern or a query operator.
 */
export const customerListBodySchema = z.object({
  search: z.string().trim().max(TEXT_LIMITS.searchTerm).optional(),
  pagingOptions: pagingOptionsSchema,
});
export type CustomerListBody = z.output<typeof customerListBodySchema>;
export type CustomerListBodyInput = z.input<typeof customerListBodySchema>;

export const customerIdQuerySchema = z.object({ customerId: objectIdSchema });
export const customerIdBodySchema = z.object({ customerId: objectIdSchema });
export type CustomerIdBody = z.output<typeof customerIdBodySchema>;

/** A shopper account as the admin sees it: never its password hash or tokens. */
export const adminCustomerSummarySchema = z.object({
  _id: objectIdSchema,
  email: z.string(),
  name: z.string(),
  /** Blocked accounts cannot log in, and their open sessions stop working. */
  blocked: z.boolean(),
  /** False while the shopper has not followed the confirmation link. */
  emailConfirmed: z.boolean(),
  createdAt: isoDateTimeSchema.optional(),
});
export type AdminCustomerSummary = z.output<typeof adminCustomerSummarySchema>;

/** One of the customer's orders, as the customer page lists it. */
export const customerOrderRowSchema = z.object({
  _id: objectIdSchema,
  orderNumber: orderNumberSchema.optional(),
  overall_status: orderStatusSchema,
  payment_status: paymentStatusSchema,
  totalPrice: moneySchema,
  createdOn: isoDateTimeSchema,
});
export type CustomerOrderRow = z.output<typeof customerOrderRowSchema>;

/** `GET /customers/customer`: the account, its addresses and its orders (newest first). */
export const customerDetailSchema = adminCustomerSummarySchema.extend({
  addresses: z.array(addressSchema),
  orders: z.array(customerOrderRowSchema),
});
export type CustomerDetail = z.output<typeof customerDetailSchema>;

/**
 * `POST /customers/export`: everything the shop holds about one shopper (a data-access
 * request), as a JSON document the admin hands over. Orders and the cart are the stored
 * documents; the account is without its password hash and tokens.
 */
export const customerExportSchema = z.object({
  exportedAt: isoDateTimeSchema,
  account: adminCustomerSummarySchema.extend({
    language: z.string().optional(),
    updatedAt: isoDateTimeSchema.optional(),
  }),
  addresses: z.array(addressSchema),
  orders: z.array(z.record(z.string(), z.unknown())),
  cart: z.record(z.string(), z.unknown()).nullable(),
});
export type CustomerExport = z.output<typeof customerExportSchema>;

/** `POST /customers/erase`: what was done, for the admin's confirmation message. */
export const customerErasureSchema = z.object({
  customerId: objectIdSchema,
  /** Orders kept for the books, now without the shopper's personal data. */
  ordersAnonymised: z.int().min(0),
});
export type CustomerErasure = z.output<typeof customerErasureSchema>;
