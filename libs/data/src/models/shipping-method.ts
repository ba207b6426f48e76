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
  /**
   * Other ids a storefront may send for it (Veniqa's hard-coded `20 day shipping`, …). Absent
   * only on rows from before aliases existed, which the management server's start-up fills in.
   */
  aliases?: string[];
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
    // No default: "absent" tells a row from before aliases (to backfill) from one emptied on purpose.
    aliases: { type: [String], default: undefined },
    price: { type: moneySchema, required: true },
    active: { type: Boolean, default: true },
  },
  { collection: SHIPPING_METHOD_COLLECTION },
);
shippingMethodSchema.index({ code: 1 }, { unique: true });
