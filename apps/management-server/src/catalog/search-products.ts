import {
  toPagination,
  type AdminCatalogSearchBody,
  type AdminProductSummary,
  type CategoryLabel,
  type Pagination,
} from '@aneis/contracts';
import type { ProductDoc } from '@aneis/data';
import type { QueryFilter, SortOrder } from 'mongoose';
import type { Services } from '../services.js';
import { toAdminProductSummary, type LeanProduct } from './product-view.js';

/** Wire sort fields → stored paths (money is stored in cents). */
const sortPaths: Record<string, string> = { price: 'price.cents' };

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Admin search: inactive products included, deleted ones not. The term matches name, brand,
 * store and SKU case-insensitively (a `$text` index is not available on every engine we run).
 */
export async function searchProducts(
  deps: Pick<Services, 'shop'>,
  body: AdminCatalogSearchBody,
): Promise<Pagination<AdminProductSummary>> {
  const filter: QueryFilter<ProductDoc> = { deleted: { $ne: true } };
  const term = body.searchTerm?.trim();
  if (term) {
    const pattern = new RegExp(escapeRegExp(term), 'i');
    filter.$or = [
      { name: pattern },
      { brand: pattern },
      { store: pattern },
      { store_sku: pattern },
    ];
  }
  if (body.searchFilters?.store) filter.store = body.searchFilters.store;
  if (body.searchFilters?.category) filter.category = body.searchFilters.category;

  const sort: Record<string, SortOrder> = {};
  for (const [field, direction] of Object.entries(body.sortRule ?? {})) {
    sort[sortPaths[field] ?? field] = direction;
  }
  sort['_id'] = -1;
  const { page, limit } = body.pagingOptions;
  const [docs, total] = await Promise.all([
    deps.shop.Product.find(filter)
      .select(
        'name brand store store_sku marked_price price thumbnailUrls active stock lowStockThreshold category',
      )
      .sort(sort)
      .skip((page - 1) * limit)
      .limit(limit)
      .populate('category', 'category subcategory')
      .lean<LeanProduct<CategoryLabel | null>[]>(),
    deps.shop.Product.countDocuments(filter),
  ]);
  return toPagination(docs.map(toAdminProductSummary), total, body.pagingOptions);
}
