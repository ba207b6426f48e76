import { Schema, type Types } from 'mongoose';

export const CATEGORY_COLLECTION = 'veniqa_product_categories';

export interface CategoryDoc {
  _id: Types.ObjectId;
  category: string;
  subcategory: string;
}

export const categorySchema = new Schema<CategoryDoc>(
  {
    category: { type: String, required: true, trim: true },
    subcategory: { type: String, required: true, trim: true },
  },
  { collection: CATEGORY_COLLECTION },
);
categorySchema.index({ category: 1, subcategory: 1 }, { unique: true });
