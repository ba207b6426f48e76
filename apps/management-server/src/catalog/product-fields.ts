import {
  keyedVariants,
  lowestPriceCents,
  moneyToMinor,
  type AddProductBody,
  type Auditor,
} from '@aneis/contracts';
import type { ProductDoc } from '@aneis/data';
import { BadInput } from '@aneis/errors';
import { productFacets } from './product-facets.js';

/**
 * Variants as stored, each with its key. With tracked variants the product's stock is their
 * sum (what listings, the sold-out badge and the low-stock list read); with untracked ones the
 * product's stock is not tracked either. `[]` removes them.
 */
function variantFields(body: AddProductBody): {
  set: Partial<ProductDoc>;
  unset: ('variants' | 'stock')[];
} {
  if (body.variants === undefined) return { set: {}, unset: [] };
  if (body.variants.length === 0) return { set: {}, unset: ['variants'] };
  const variants = keyedVariants(body.variants).map(({ key, choices, sku, stock }) => ({
    key,
    choices,
    ...(sku === undefined ? {} : { sku }),
    ...(stock === undefined ? {} : { stock }),
  }));
  const tracked = variants.every((variant) => variant.stock !== undefined);
  return tracked
    ? { set: { variants, stock: variants.reduce((sum, v) => sum + (v.stock ?? 0), 0) }, unset: [] }
    : { set: { variants }, unset: ['stock'] };
}

/**
 * The stored fields for a validated payload: money in cents; `null` for stock, threshold or
 * marked price clears them, absent leaves them (so the caller can `$unset` what is null).
 */
export function storedProductFields(body: AddProductBody) {
  const price = moneyToMinor(body.price);
  if (lowestPriceCents(price.cents, body.customizationOptions?.customizations ?? []) < 0) {
    throw new BadInput('price differences must not make any choice cost less than nothing', {
      fields: [{ path: 'customizationOptions', code: 'too_small', limit: 0 }],
    });
  }
  const variant = variantFields(body);
  const set: Partial<ProductDoc> = {
    store: body.store,
    brand: body.brand,
    name: body.name,
    store_sku: body.store_sku,
    thumbnailUrls: body.thumbnailUrls,
    featuredImageUrls: body.featuredImageUrls,
    detailedImageUrls: body.detailedImageUrls,
    price,
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
    ...variant.set,
  };
  if (variant.unset.includes('stock')) delete set.stock;
  const unset = [
    ...(['marked_price', 'stock', 'lowStockThreshold'] as const).filter(
      (field) => body[field] === null && !(field === 'stock' && 'stock' in variant.set),
    ),
    ...variant.unset,
  ];
  return { set, unset: [...new Set(unset)] };
}

export function newAuditLog(actor: Auditor, now: Date) {
  return { createdBy: actor, updatedBy: actor, createdOn: now, updatedOn: now };
}
