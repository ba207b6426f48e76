import type { ProductDetail, ProductSummary } from '@aneis/contracts';
import type { CategoryDoc, ProductDoc, TariffDoc } from '@aneis/data';
import { toMoney, toOptionalMoney } from '../money-view.js';

type Populated<P, K extends keyof P, V> = Omit<P, K> & { [key in K]: V };

export type SearchRow = Populated<
  Pick<
    ProductDoc,
    | '_id'
    | 'name'
    | 'slug'
    | 'brand'
    | 'store'
    | 'marked_price'
    | 'price'
    | 'thumbnailUrls'
    | 'stock'
  > & { category: CategoryDoc | null },
  'category',
  CategoryDoc | null
>;

export function toProductSummary(row: SearchRow): ProductSummary {
  const summary: ProductSummary = {
    _id: String(row._id),
    name: row.name,
    brand: row.brand,
    store: row.store,
    price: toMoney(row.price),
    thumbnailUrls: row.thumbnailUrls,
    category: {
      category: row.category?.category ?? '',
      subcategory: row.category?.subcategory ?? '',
    },
  };
  const marked = toOptionalMoney(row.marked_price);
  if (marked) summary.marked_price = marked;
  if (typeof row.stock === 'number') summary.stock = row.stock;
  if (row.slug !== undefined) summary.slug = row.slug;
  return summary;
}

export type DetailRow = Omit<ProductDoc, 'category' | 'tariff'> & {
  category: CategoryDoc | null;
  tariff: TariffDoc | null;
};

export function toProductDetail(row: DetailRow): ProductDetail {
  const { deleted: _deleted, lowStockThreshold: _threshold, facets: _facets, ...product } = row;
  return {
    ...product,
    _id: String(row._id),
    category: {
      _id: String(row.category?._id ?? ''),
      category: row.category?.category ?? '',
      subcategory: row.category?.subcategory ?? '',
      ...(row.category?.slug === undefined ? {} : { slug: row.category.slug }),
    },
    tariff: {
      _id: String(row.tariff?._id ?? ''),
      name: row.tariff?.name ?? '',
      rates: row.tariff?.rates ?? {},
    },
    price: toMoney(row.price),
    marked_price: toOptionalMoney(row.marked_price),
    auditLog: {
      ...row.auditLog,
      createdOn: row.auditLog.createdOn.toISOString(),
      updatedOn: row.auditLog.updatedOn.toISOString(),
    },
  } as ProductDetail;
}
