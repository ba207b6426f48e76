import { z } from 'zod';
import { currencyCodeSchema, moneySchema } from '../common/money.js';
import { paymentStatuses } from '../constants/payment-statuses.js';

export { paymentStatuses } from '../constants/payment-statuses.js';
export const paymentStatusSchema = z.enum(paymentStatuses);
export type PaymentStatus = z.output<typeof paymentStatusSchema>;

/** Manual methods need no provider: the order waits for a manager to settle the payment. */
export const manualPaymentMethods = ['CASH_ON_DELIVERY', 'BANK_TRANSFER'] as const;
export const manualPaymentMethodSchema = z.enum(manualPaymentMethods);
export type ManualPaymentMethod = z.output<typeof manualPaymentMethodSchema>;

export const paymentSources = [
  'NONE',
  'STRIPE',
  'BKASH',
  'PAYPAL',
  'KHALTI',
  ...manualPaymentMethods,
] as const;
export const paymentSourceSchema = z.enum(paymentSources);
export type PaymentSource = z.output<typeof paymentSourceSchema>;

export const paymentTypes = ['PENDING', 'AUTHORIZATION', 'CAPTURE', 'SALE', 'REFUND'] as const;
export const paymentTypeSchema = z.enum(paymentTypes);
export type PaymentType = z.output<typeof paymentTypeSchema>;

/**
 * A conversion rate. The field keeps Veniqa's name `one_usd_equals` for compatibility; in our
 * port it means "one unit of the shop's base currency equals".
 */
export const exchangeRateValueSchema = z.object({
  currency: currencyCodeSchema,
  one_usd_equals: z.number().positive().max(1_000_000),
});
export type ExchangeRateValue = z.output<typeof exchangeRateValueSchema>;

/**
 * One payment entry of an order. `amount_in_usd` keeps Veniqa's name but holds the amount in
 * the shop's base currency.
 */
export const paymentSchema = z.object({
  source: paymentSourceSchema,
  type: paymentTypeSchema,
  payment_id: z.string(),
  transaction_id: z.string(),
  amount_in_usd: moneySchema,
  exchange_rate: exchangeRateValueSchema.optional(),
  amount_in_payment_currency: moneySchema,
  payment_service_response_dump: z.unknown().optional(),
});
export type Payment = z.output<typeof paymentSchema>;
