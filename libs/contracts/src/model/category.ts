import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';

export const categorySchema = z.object({
  _id: objectIdSchema,
  category: z.string(),
  subcategory: z.string(),
  /** The IVA rate contained in the gross prices of its products (absent from Veniqa's data). */
  vatPercent: z.number().optional(),
  /** The storefront's URL word (`/categoria/<slug>`). */
  slug: z.string().optional(),
});
export type Category = z.output<typeof categorySchema>;

/** How search results show a product's category (populated without its id, as in Veniqa). */
export const categoryLabelSchema = categorySchema.pick({ category: true, subcategory: true });
export type CategoryLabel = z.output<typeof categoryLabelSchema>;
