import { Schema, type Types } from 'mongoose';

export const STORE_COLLECTION = 'stores';

/** A source store products are bought from (Veniqa's bundled stores.json, as data). */
export interface StoreDoc {
  _id: Types.ObjectId;
  name: string;
  active: boolean;
}

export const storeSchema = new Schema<StoreDoc>(
  {
    name: { type: String, required: true, trim: true },
    active: { type: Boolean, default: true },
  },
  { collection: STORE_COLLECTION },
);
storeSchema.index({ name: 1 }, { unique: true });
