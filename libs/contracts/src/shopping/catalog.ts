import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { absentWhenBlank } from '../common/lenient-input.js';
import { pagingOptionsSchema } from '../common/paging.js';
import { sortRuleSchema } from '../common/sort-rule.js';
import { TEXT_LIMITS, optionalText } from '../common/text.js';
import { catalogSearchFiltersSchema } from './search-filters.js';

export const catalogSortFields = [
  'price',
  'name',
  'brand',
  'auditLog.createdOn',
  'auditLog.updatedOn',
] as const;

/**
 * Storefront search: active products only; an empty `searchTerm` means no text filter. Absent
 * `categoryIds` means every category; an empty list (Veniqa's storefront sends one for a menu
 * category the shop lacks) matches nothing, so the answer is an empty page. `searchFilters`
 * narrows by price, metal, size and stock (see search-filters.ts); blank means no filter.
 */
export const catalogSearchBodySchema = z.object({
  pagingOptions: pagingOptionsSchema,
  searchTerm: absentWhenBlank(optionalText(TEXT_LIMITS.searchTerm)),
  categoryIds: z.array(objectIdSchema).max(100, 'must contain at most 100 ids').optional(),
  sortRule: sortRuleSchema(catalogSortFields).optional(),
  searchFilters: absentWhenBlank(catalogSearchFiltersSchema),
});
export type CatalogSearchBody = z.output<typeof catalogSearchBodySchema>;
export type CatalogSearchBodyInput = z.input<typeof catalogSearchBodySchema>;

/** `?productId=` of getProductDetails (both servers). */
export const productIdQuerySchema = z.object({ productId: objectIdSchema });
export type ProductIdQuery = z.output<typeof productIdQuerySchema>;

/** A product's URL word as the storefront's `/anel/<slug>` carries it. */
export const productSlugQuerySchema = z.object({
  slug: z
    .string()
    .max(80, 'expected at most 80 characters')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and hyphens'),
});
