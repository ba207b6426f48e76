import { moneyToMinor, type AddProductBody, type Auditor } from '@aneis/contracts';
import type { ProductDoc } from '@aneis/data';
import { productFacets } from './product-facets.js';

/**
 * The stored fields for a validated payload: money in cents; `null` for stock, threshold or
 * marked price clears them, absent leaves them (so the caller can `$unset` what is null).
 */
export function storedProductFields(body: AddProductBody) {
  const set: Partial<ProductDoc> = {
    store: body.store,
    brand: body.brand,
    name: body.name,
    store_sku: body.store_sku,
    thumbnailUrls: body.thumbnailUrls,
    featuredImageUrls: body.featuredImageUrls,
    detailedImageUrls: body.detailedImageUrls,
    price: moneyToMinor(body.price),
    weight: body.weight,
    details_html: body.details_html,
    active: body.active,
    facets: productFacets(body),
    ...(body.item_url === undefined ? {} : { item_url: body.item_url }),
    ...(body.marked_price ? { marked_price: moneyToMinor(body.marked_price) } : {}),
    ...(body.customizationOptions === undefined
      ? {}
      : { customizationOptions: body.customizationOptions }),
    ...(body.custom_attributes === undefined ? {} : { custom_attributes: body.custom_attributes }),
    ...(body.stock === undefined || body.stock === null ? {} : { stock: body.stock }),
    ...(body.lowStockThreshold === undefined || body.lowStockThreshold === null
      ? {}
      : { lowStockThreshold: body.lowStockThreshold }),
  };
  const unset = (['marked_price', 'stock', 'lowStockThreshold'] as const).filter(
    (field) => body[field] === null,
  );
  return { set, unset };
}

export function newAuditLog(actor: Auditor, now: Date) {
  return { createdBy: actor, updatedBy: actor, createdOn: now, updatedOn: now };
}
