import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { absentWhenBlank } from '../common/lenient-input.js';
import { pagingOptionsSchema } from '../common/paging.js';
import { sortRuleSchema } from '../common/sort-rule.js';
import { TEXT_LIMITS, optionalText } from '../common/text.js';
import { MAX_PRODUCT_IMAGES } from './product-input.js';

export const adminCatalogSortFields = [
  'active',
  'price',
  'name',
  'brand',
  'store',
  'stock',
  'auditLog.createdOn',
  'auditLog.updatedOn',
] as const;

/**
 * Admin search (inactive products included). Veniqa's client also sends `searchFilters`, which
 * Veniqa ignored; it is accepted, bounded, and may be used to filter by store or category.
 */
export const adminCatalogSearchBodySchema = z.object({
  pagingOptions: pagingOptionsSchema,
  searchTerm: absentWhenBlank(optionalText(TEXT_LIMITS.searchTerm)),
  sortRule: absentWhenBlank(sortRuleSchema(adminCatalogSortFields)),
  // Veniqa's admin always sends `{store: "", category: ""}`: an empty string is no filter.
  searchFilters: absentWhenBlank(
    z.object({
      store: absentWhenBlank(optionalText(TEXT_LIMITS.code)),
      category: absentWhenBlank(objectIdSchema),
    }),
  ),
});
export type AdminCatalogSearchBody = z.output<typeof adminCatalogSearchBodySchema>;
export type AdminCatalogSearchBodyInput = z.input<typeof adminCatalogSearchBodySchema>;

export const deleteProductBodySchema = z.object({ productId: objectIdSchema });
export type DeleteProductBody = z.output<typeof deleteProductBodySchema>;

const imageCountMessage = `Maximum number of allowed images for each type is ${MAX_PRODUCT_IMAGES}`;
/** A count from the query string: digits only, then bounded. */
const imageCountSchema = z
  .string()
  .regex(/^\d{1,3}$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.int().min(0).max(MAX_PRODUCT_IMAGES, imageCountMessage));

export const presignedUrlsQuerySchema = z.object({
  // A new product's upload sends `productId=` (empty).
  productId: absentWhenBlank(objectIdSchema),
  numberOfThumbnailAndDetailedImages: imageCountSchema,
  numberOfFeaturedImages: imageCountSchema.default(0),
});
export type PresignedUrlsQuery = z.output<typeof presignedUrlsQuerySchema>;
export type PresignedUrlsQueryInput = z.input<typeof presignedUrlsQuerySchema>;

const uploadTargetSchema = z.object({ uploadUrl: z.string(), liveUrl: z.string() });
export const presignedUrlsResponseSchema = z.object({
  thumbnailUrls: z.array(uploadTargetSchema),
  detailedImageUrls: z.array(uploadTargetSchema),
  featuredImageUrls: z.array(uploadTargetSchema),
});
export type PresignedUrlsResponse = z.output<typeof presignedUrlsResponseSchema>;
