import { Schema, type Types } from 'mongoose';

export const CATEGORY_COLLECTION = 'veniqa_product_categories';

export interface CategoryDoc {
  _id: Types.ObjectId;
  category: string;
  subcategory: string;
  /**
   * The IVA rate (percent) its products' gross prices contain. Categories stored before IVA
   * existed have none: readers take the standard rate.
   */
  vatPercent?: number;
  /** The storefront's URL word (`/categoria/<slug>`), unique among categories. */
  slug?: string;
}

export const categorySchema = new Schema<CategoryDoc>(
  {
    category: { type: String, required: true, trim: true },
    subcategory: { type: String, required: true, trim: true },
    // No default here: the contracts own the standard rate (`vatPercentOrStandard`).
    vatPercent: { type: Number, min: 0 },
    slug: { type: String, trim: true },
  },
  { collection: CATEGORY_COLLECTION },
);
categorySchema.index({ category: 1, subcategory: 1 }, { unique: true });
categorySchema.index({ slug: 1 });
