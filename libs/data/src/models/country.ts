import { Schema, type Types } from 'mongoose';

export const COUNTRY_COLLECTION = 'countries';

/** A destination the shop delivers to, and the currency its shoppers pay in. */
export interface CountryDoc {
  _id: Types.ObjectId;
  /** ISO 3166 alpha-2, upper case. */
  code: string;
  name: string;
  currency: string;
  active: boolean;
}

export const countrySchema = new Schema<CountryDoc>(
  {
    code: { type: String, required: true, uppercase: true, trim: true, match: /^[A-Z]{2}$/ },
    name: { type: String, required: true, trim: true },
    currency: { type: String, required: true, uppercase: true, match: /^[A-Z]{3}$/ },
    active: { type: Boolean, default: true },
  },
  { collection: COUNTRY_COLLECTION },
);
countrySchema.index({ code: 1 }, { unique: true });
