import {
  moneyFromMinor,
  vatPercentOrStandard,
  type AdminProductSummary,
  type CategoryLabel,
  type Money,
} from '@aneis/contracts';
import type { CategoryDoc, ProductDoc, StoredMoney, TariffDoc } from '@aneis/data';
import type { Types } from 'mongoose';

/** A product as read with `.lean()`; category and tariff as ids or populated documents. */
export type LeanProduct<C = Types.ObjectId, T = Types.ObjectId> = Omit<
  ProductDoc,
  'category' | 'tariff'
> & { category: C; tariff: T; __v?: number };

function money(stored: StoredMoney | undefined | null): Money | undefined {
  return stored ? moneyFromMinor(stored) : undefined;
}

function commonFields(product: LeanProduct<unknown, unknown>) {
  // facets are derived on save for the storefront's filters, never edited, so not shown.
  const {
    deleted: _deleted,
    __v: _version,
    facets: _facets,
    price,
    marked_price,
    _id,
    ...rest
  } = product;
  return {
    ...rest,
    _id: String(_id),
    price: moneyFromMinor(price),
    ...(marked_price ? { marked_price: money(marked_price) } : {}),
  };
}

/** What addProduct answers and orders snapshot: category and tariff as ids. */
export function toProductRecord(product: LeanProduct) {
  return {
    ...commonFields(product),
    category: String(product.category),
    tariff: String(product.tariff),
  };
}

export function toCategoryView(
  category: Pick<CategoryDoc, '_id' | 'category' | 'subcategory' | 'vatPercent'>,
) {
  return {
    _id: String(category._id),
    category: category.category,
    subcategory: category.subcategory,
    vatPercent: vatPercentOrStandard(category.vatPercent),
  };
}

export function toTariffView(tariff: Pick<TariffDoc, '_id' | 'name' | 'rates'>) {
  return { _id: String(tariff._id), name: tariff.name, rates: { ...tariff.rates } };
}

/** Details with category and tariff populated (getProductDetails, updateProduct). */
export function toProductDetail(product: LeanProduct<CategoryDoc, TariffDoc>) {
  return {
    ...commonFields(product),
    category: toCategoryView(product.category),
    tariff: toTariffView(product.tariff),
  };
}

/** A row of the admin search. */
export function toAdminProductSummary(
  product: Pick<
    LeanProduct<CategoryLabel | null>,
    | '_id'
    | 'name'
    | 'brand'
    | 'store'
    | 'store_sku'
    | 'marked_price'
    | 'price'
    | 'thumbnailUrls'
    | 'active'
    | 'stock'
    | 'lowStockThreshold'
    | 'category'
  >,
): AdminProductSummary {
  return {
    _id: String(product._id),
    name: product.name,
    brand: product.brand,
    store: product.store,
    store_sku: product.store_sku,
    ...(product.marked_price ? { marked_price: moneyFromMinor(product.marked_price) } : {}),
    price: moneyFromMinor(product.price),
    thumbnailUrls: [...product.thumbnailUrls],
    active: product.active,
    ...(product.stock === undefined || product.stock === null ? {} : { stock: product.stock }),
    ...(product.lowStockThreshold === undefined || product.lowStockThreshold === null
      ? {}
      : { lowStockThreshold: product.lowStockThreshold }),
    category: {
      category: product.category?.category ?? '',
      subcategory: product.category?.subcategory ?? '',
    },
  };
}
