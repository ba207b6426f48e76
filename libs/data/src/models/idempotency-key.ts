import { Schema, type Types } from 'mongoose';

export const IDEMPOTENCY_KEY_COLLECTION = 'idempotency_keys';

/**
 * Remembers that a one-time thing happened (a Stripe PaymentIntent paid a checkout, a Khalti
 * token was spent), so it cannot happen again for something else. Claim with
 * `findOneAndUpdate({ key }, { $setOnInsert: { … } }, { upsert: true, new: true })` and compare
 * the owner you get back; the unique index backs that up on real MongoDB.
 */
export interface IdempotencyKeyDoc {
  _id: Types.ObjectId;
  key: string;
  /** What claimed the key, e.g. a checkout id. */
  owner: string;
  createdAt: Date;
}

export const idempotencyKeySchema = new Schema<IdempotencyKeyDoc>(
  {
    key: { type: String, required: true },
    owner: { type: String, required: true },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { collection: IDEMPOTENCY_KEY_COLLECTION },
);
idempotencyKeySchema.index({ key: 1 }, { unique: true });
