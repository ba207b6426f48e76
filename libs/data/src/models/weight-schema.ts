import { Schema } from 'mongoose';

export interface StoredWeight {
  quantity: number;
  unit: string;
}

export const weightSchema = new Schema<StoredWeight>(
  {
    quantity: { type: Number, required: true, min: 0 },
    unit: { type: String, required: true, uppercase: true, trim: true },
  },
  { _id: false },
);
