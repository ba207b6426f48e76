import { Schema } from 'mongoose';

/**
 * Money as stored: integer minor units (cents) and an ISO currency code. Never Decimal128 (the
 * embedded test engine damages it) and never a float amount (sums drift). The wire keeps
 * Veniqa's `{ amount, currency }`; servers convert with `moneyFromMinor`/`moneyToMinor`.
 */
export interface StoredMoney {
  cents: number;
  currency: string;
}

export const moneySchema = new Schema<StoredMoney>(
  {
    cents: {
      type: Number,
      required: true,
      min: 0,
      validate: { validator: Number.isSafeInteger, message: 'cents must be a whole number' },
    },
    currency: { type: String, required: true, uppercase: true, match: /^[A-Z]{3}$/ },
  },
  { _id: false },
);
