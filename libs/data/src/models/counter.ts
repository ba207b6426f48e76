import { Schema, type Types } from 'mongoose';

export const COUNTER_COLLECTION = 'counters';

/**
 * A named sequence (`findOneAndUpdate({ name }, { $inc: { seq: 1 } }, { upsert: true })`). The
 * name is a field, not the `_id`: the embedded engine does not keep string ids.
 */
export interface CounterDoc {
  _id: Types.ObjectId;
  name: string;
  seq: number;
}

export const counterSchema = new Schema<CounterDoc>(
  {
    name: { type: String, required: true },
    seq: { type: Number, required: true, default: 0 },
  },
  { collection: COUNTER_COLLECTION },
);
counterSchema.index({ name: 1 }, { unique: true });
