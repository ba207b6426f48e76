import { Schema, type Types } from 'mongoose';
import { moneySchema, type StoredMoney } from './money-schema.js';

export const SHIPPING_METHOD_COLLECTION = 'shipping_methods';

/** A flat-rate shipping option; replaces Veniqa's hard-coded 15. */
export interface ShippingMethodDoc {
  _id: Types.ObjectId;
  /** What the storefront sends as `shippingMethod`. */
  code: string;
  name: string;
  summary?: string;
  maximumDays: number;
  /** ISO codes served; empty = every country. */
  countries: string[];
  price: StoredMoney;
  active: boolean;
}

export const shippingMethodSchema = new Schema<ShippingMethodDoc>(
  {
    code: { type: String, required: true, trim: true, lowercase: true },
    name: { type: String, required: true, trim: true },
    summary: { type: String, trim: true },
    maximumDays: { type: Number, required: true, min: 1 },
    countries: { type: [String], default: [] },
    price: { type: moneySchema, required: true },
    active: { type: Boolean, default: true },
  },
  { collection: SHIPPING_METHOD_COLLECTION },
);
shippingMethodSchema.index({ code: 1 }, { unique: true });
