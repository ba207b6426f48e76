import { Schema, type Types } from 'mongoose';

export const WEIGHT_UNIT_COLLECTION = 'weight_units';

/** A weight unit code (Veniqa shipped only "LB"). */
export interface WeightUnitDoc {
  _id: Types.ObjectId;
  code: string;
}

export const weightUnitSchema = new Schema<WeightUnitDoc>(
  { code: { type: String, required: true, uppercase: true, trim: true } },
  { collection: WEIGHT_UNIT_COLLECTION },
);
weightUnitSchema.index({ code: 1 }, { unique: true });
