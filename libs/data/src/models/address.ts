import { Schema, type Types } from 'mongoose';

/** A shopper's mailing address (has its own `_id`; orders keep a copy including it). */
export interface StoredAddress {
  _id: Types.ObjectId;
  firstName: string;
  lastName: string;
  addressLine1: string;
  addressLine2?: string;
  city: string;
  state: string;
  zipCode?: string;
  /** As the shopper gave it: a country code or name from the countries table. */
  country: string;
  mobilePhone: string;
}

// Veniqa's storefront requires neither a last name nor a phone: both may be stored empty.
export const addressSchema = new Schema<StoredAddress>({
  firstName: { type: String, required: true, trim: true },
  lastName: { type: String, default: '', trim: true },
  addressLine1: { type: String, required: true, trim: true },
  addressLine2: { type: String, trim: true },
  city: { type: String, required: true, trim: true },
  state: { type: String, required: true, trim: true },
  zipCode: { type: String, trim: true },
  country: { type: String, required: true, trim: true },
  mobilePhone: { type: String, default: '', trim: true },
});
