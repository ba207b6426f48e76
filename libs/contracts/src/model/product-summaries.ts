import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { moneySchema } from '../common/money.js';
import { weightSchema } from '../common/weight.js';
import { categoryLabelSchema } from './category.js';
import { lowStockThresholdSchema, stockSchema } from './stock.js';

/** Projections of a product that lists and carts show. */

const productCard = {
  _id: objectIdSchema,
  name: z.string(),
  /** The storefront's URL word (`/anel/<slug>`); absent only before the server's start-up backfill. */
  slug: z.string().optional(),
  brand: z.string(),
  store: z.string(),
  marked_price: moneySchema.optional(),
  price: moneySchema,
  thumbnailUrls: z.array(z.string()),
  stock: stockSchema.optional(),
};

/** A storefront search result. */
export const productSummarySchema = z.object({ ...productCard, category: categoryLabelSchema });
export type ProductSummary = z.output<typeof productSummarySchema>;

/**
 * An admin search result (inactive products included, so `active` is shown; Veniqa's admin
 * lists the store SKU).
 */
export const adminProductSummarySchema = productSummarySchema.extend({
  store_sku: z.string(),
  active: z.boolean(),
  lowStockThreshold: lowStockThresholdSchema.optional(),
});
export type AdminProductSummary = z.output<typeof adminProductSummarySchema>;

/** A product inside a featured section. */
export const featuredProductSchema = z.object({
  ...productCard,
  detailedImageUrls: z.array(z.string()),
  featuredImageUrls: z.array(z.string()),
});
export type FeaturedProduct = z.output<typeof featuredProductSchema>;

/** A product inside a cart line. */
export const cartProductSchema = z.object({
  _id: objectIdSchema,
  name: z.string(),
  brand: z.string(),
  store: z.string(),
  weight: weightSchema,
  price: moneySchema,
  thumbnailUrls: z.array(z.string()),
  stock: stockSchema.optional(),
});
export type CartProduct = z.output<typeof cartProductSchema>;
