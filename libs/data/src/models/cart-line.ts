import { Schema, type Types } from 'mongoose';
import { moneySchema, type StoredMoney } from './money-schema.js';
import { weightSchema, type StoredWeight } from './weight-schema.js';

/**
 * One line of a shopper's cart. Its `_id` survives into the order line made from it, which is
 * how ordered lines are later removed from the cart.
 */
export interface StoredCartLine {
  _id: Types.ObjectId;
  product: Types.ObjectId;
  counts: number;
  aggregatedWeight: StoredWeight;
  aggregatedPrice: StoredMoney;
  /** Choices keyed by the product's customization `key`. */
  customizations?: Record<string, string>;
}

export interface StoredCart {
  items: StoredCartLine[];
  totalWeight: StoredWeight;
  subTotalPrice: StoredMoney;
}

export const cartLineSchema = new Schema<StoredCartLine>({
  product: { type: Schema.Types.ObjectId, ref: 'Product', required: true },
  counts: { type: Number, required: true, min: 1, default: 1 },
  aggregatedWeight: { type: weightSchema, required: true },
  aggregatedPrice: { type: moneySchema, required: true },
  // Mixed rather than Map: callers read plain objects (lean), and keys are validated upstream.
  customizations: { type: Schema.Types.Mixed },
});

export const cartSchema = new Schema<StoredCart>(
  {
    items: { type: [cartLineSchema], default: [] },
    totalWeight: { type: weightSchema, required: true },
    subTotalPrice: { type: moneySchema, required: true },
  },
  { _id: false },
);
