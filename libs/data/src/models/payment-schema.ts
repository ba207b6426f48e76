import { Schema } from 'mongoose';
import { moneySchema, type StoredMoney } from './money-schema.js';

export const PAYMENT_SOURCES = [
  'NONE',
  'STRIPE',
  'BKASH',
  'PAYPAL',
  'KHALTI',
  'CASH_ON_DELIVERY',
  'BANK_TRANSFER',
] as const;
export const PAYMENT_TYPES = ['PENDING', 'AUTHORIZATION', 'CAPTURE', 'SALE', 'REFUND'] as const;

export interface StoredExchangeRate {
  currency: string;
  one_usd_equals: number;
}

/** One payment entry of an order; `amount_in_usd` keeps Veniqa's name, in the base currency. */
export interface StoredPayment {
  source: (typeof PAYMENT_SOURCES)[number];
  type: (typeof PAYMENT_TYPES)[number];
  payment_id: string;
  transaction_id: string;
  amount_in_usd: StoredMoney;
  exchange_rate?: StoredExchangeRate;
  amount_in_payment_currency: StoredMoney;
  /** The provider's answer, trimmed to what a manager needs; never sent to shoppers. */
  payment_service_response_dump?: unknown;
}

const exchangeRateValueSchema = new Schema<StoredExchangeRate>(
  {
    currency: { type: String, required: true },
    one_usd_equals: { type: Number, required: true, min: 0 },
  },
  { _id: false },
);

export const paymentSchema = new Schema<StoredPayment>(
  {
    source: { type: String, required: true, enum: PAYMENT_SOURCES },
    type: { type: String, required: true, enum: PAYMENT_TYPES },
    payment_id: { type: String, required: true },
    transaction_id: { type: String, required: true },
    amount_in_usd: { type: moneySchema, required: true },
    exchange_rate: { type: exchangeRateValueSchema },
    amount_in_payment_currency: { type: moneySchema, required: true },
    payment_service_response_dump: { type: Schema.Types.Mixed },
  },
  { _id: false },
);
