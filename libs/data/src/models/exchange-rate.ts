import { Schema, type Types } from 'mongoose';

export const EXCHANGE_RATE_COLLECTION = 'veniqa_currency_exchange_rates';

/**
 * How many units of `currency` one unit of the shop's base currency buys. The field keeps
 * Veniqa's name `one_usd_equals`; the base currency is a setting (EUR for our shop).
 */
export interface ExchangeRateDoc {
  _id: Types.ObjectId;
  currency: string;
  one_usd_equals: number;
}

export const exchangeRateSchema = new Schema<ExchangeRateDoc>(
  {
    currency: { type: String, required: true, uppercase: true, match: /^[A-Z]{3}$/ },
    one_usd_equals: { type: Number, required: true, min: 0 },
  },
  { collection: EXCHANGE_RATE_COLLECTION },
);
exchangeRateSchema.index({ currency: 1 }, { unique: true });
