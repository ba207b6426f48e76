import { Schema, type Types } from 'mongoose';

export const FEATURED_SECTION_COLLECTION = 'veniqa_ui_featured_sections';

export interface FeaturedContentEntry {
  products: Types.ObjectId[];
  /** Free-form design settings; the clients read `design_type` and `name`. */
  config: Record<string, string | number | boolean>;
}

export interface FeaturedSectionDoc {
  _id: Types.ObjectId;
  name: string;
  content: FeaturedContentEntry[];
}

const featuredContentSchema = new Schema<FeaturedContentEntry>(
  {
    products: [{ type: Schema.Types.ObjectId, ref: 'Product' }],
    config: { type: Schema.Types.Mixed, required: true },
  },
  { _id: false },
);

export const featuredSectionSchema = new Schema<FeaturedSectionDoc>(
  {
    name: { type: String, required: true, trim: true },
    content: { type: [featuredContentSchema], default: [] },
  },
  { collection: FEATURED_SECTION_COLLECTION },
);
featuredSectionSchema.index({ name: 1 }, { unique: true });
