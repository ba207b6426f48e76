import {
  toPagination,
  type CatalogSearchBody,
  type Pagination,
  type ProductSummary,
} from '@aneis/contracts';
import type { ShopModels } from '@aneis/data';
import type { QueryFilter } from 'mongoose';
import { escapeRegex } from './escape-regex.js';
import { toProductSummary, type SearchRow } from './product-views.js';
import { searchFilterClauses } from './search-filter-query.js';

/** Wire sort fields → stored paths (money is stored in cents). */
const SORT_PATHS: Record<string, string> = { price: 'price.cents' };

/** What a shopper may see: active, not deleted. */
export const VISIBLE_PRODUCT = { active: true, deleted: { $ne: true } } as const;

/**
 * Storefront search. Free text matches name, brand or description with an escaped,
 * case-insensitive regex: it works on every engine (the embedded one has no `$text`) and a
 * shopper's input can never become a pattern or an operator. The filters (price, metal, size,
 * stock) join the same single query, so a filtered search costs no extra round trip.
 */
export async function searchProducts(
  models: ShopModels,
  body: CatalogSearchBody,
): Promise<Pagination<ProductSummary>> {
  const filter: QueryFilter<unknown> = { ...VISIBLE_PRODUCT };
  const term = body.searchTerm?.trim();
  if (term) {
    const pattern = new RegExp(escapeRegex(term), 'i');
    filter['$or'] = [{ name: pattern }, { brand: pattern }, { details_html: pattern }];
  }
  if (body.categoryIds) filter['category'] = { $in: body.categoryIds };
  const clauses = searchFilterClauses(body.searchFilters);
  if (clauses.length > 0) filter['$and'] = clauses;
  const sort: Record<string, 1 | -1> = {};
  for (const [field, direction] of Object.entries(body.sortRule ?? {})) {
    sort[SORT_PATHS[field] ?? field] = direction;
  }
  sort['_id'] = -1; // a stable order, so pages never repeat or skip a product
  const { page, limit } = body.pagingOptions;
  const [rows, total] = await Promise.all([
    models.Product.find(filter)
      .select('_id name slug brand store marked_price price thumbnailUrls stock category')
      .sort(sort)
      .skip((page - 1) * limit)
      .limit(limit)
      .populate('category', 'category subcategory')
      .lean<SearchRow[]>(),
    models.Product.countDocuments(filter),
  ]);
  return toPagination(rows.map(toProductSummary), total, body.pagingOptions);
}
