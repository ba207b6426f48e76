import { z } from 'zod';
import { auditLogSchema } from '../common/audit-log.js';
import { objectIdSchema } from '../common/ids.js';
import { moneySchema } from '../common/money.js';
import { weightSchema } from '../common/weight.js';
import { categorySchema } from './category.js';
import { customizationOptionsSchema } from './customization.js';
import { lowStockThresholdSchema, stockSchema } from './stock.js';
import { tariffSchema } from './tariff.js';
import { variantSchema } from './variant.js';

/** Responses: product documents as the servers send them. */

function productDocument<C extends z.ZodType, T extends z.ZodType>(category: C, tariff: T) {
  return z.object({
    _id: objectIdSchema,
    store: z.string(),
    brand: z.string(),
    name: z.string(),
    /** The storefront's URL word (`/anel/<slug>`). */
    slug: z.string().optional(),
    item_url: z.string().optional(),
    store_sku: z.string(),
    category,
    tariff,
    thumbnailUrls: z.array(z.string()),
    featuredImageUrls: z.array(z.string()),
    detailedImageUrls: z.array(z.string()),
    marked_price: moneySchema.optional(),
    price: moneySchema,
    weight: weightSchema,
    customizationOptions: customizationOptionsSchema.optional(),
    /** Combinations of options with their own SKU and stock (see model/variant.ts). */
    variants: z.array(variantSchema).optional(),
    custom_attributes: z.record(z.string(), z.string()).optional(),
    details_html: z.string(),
    active: z.boolean(),
    stock: stockSchema.optional(),
    lowStockThreshold: lowStockThresholdSchema.optional(),
    auditLog: auditLogSchema,
  });
}

/** Product details with category and tariff populated (getProductDetails, updateProduct). */
export const productDetailSchema = productDocument(categorySchema, tariffSchema);
export type ProductDetail = z.output<typeof productDetailSchema>;

/**
 * A product with category and tariff as ids: what addProduct answers and what an order line
 * keeps as its snapshot.
 */
export const productRecordSchema = productDocument(objectIdSchema, objectIdSchema);
export type ProductRecord = z.output<typeof productRecordSchema>;
