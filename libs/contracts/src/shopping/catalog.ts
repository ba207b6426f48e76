import { z } from 'zod';
import { objectIdListSchema, objectIdSchema } from '../common/ids.js';
import { pagingOptionsSchema } from '../common/paging.js';
import { sortRuleSchema } from '../common/sort-rule.js';
import { TEXT_LIMITS, optionalText } from '../common/text.js';

export const catalogSortFields = [
  'price',
  'name',
  'brand',
  'auditLog.createdOn',
  'auditLog.updatedOn',
] as const;

/** Storefront search: active products only; an empty `searchTerm` means no text filter. */
export const catalogSearchBodySchema = z.strictObject({
  pagingOptions: pagingOptionsSchema,
  searchTerm: optionalText(TEXT_LIMITS.searchTerm),
  categoryIds: objectIdListSchema(100).optional(),
  sortRule: sortRuleSchema(catalogSortFields).optional(),
});
export type CatalogSearchBody = z.output<typeof catalogSearchBodySchema>;
export type CatalogSearchBodyInput = z.input<typeof catalogSearchBodySchema>;

/** `?productId=` of getProductDetails (both servers). */
export const productIdQuerySchema = z.object({ productId: objectIdSchema });
export type ProductIdQuery = z.output<typeof productIdQuerySchema>;
