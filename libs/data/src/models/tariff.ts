import { Schema, type Types } from 'mongoose';

export const TARIFF_COLLECTION = 'veniqa_tariff_rates';

/**
 * A tariff class: percentage rates keyed by destination country (ISO code, or Veniqa's country
 * names such as "Nepal"). A destination without a rate pays no tariff.
 */
export interface TariffDoc {
  _id: Types.ObjectId;
  name: string;
  rates: Record<string, number>;
}

export const tariffSchema = new Schema<TariffDoc>(
  {
    name: { type: String, required: true, trim: true },
    // Mixed, not Map: lean reads give a plain object, and keys are validated by the contracts.
    rates: { type: Schema.Types.Mixed, required: true, default: {} },
  },
  { collection: TARIFF_COLLECTION, minimize: false },
);
tariffSchema.index({ name: 1 }, { unique: true });
