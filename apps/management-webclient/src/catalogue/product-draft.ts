import type { AddProductBodyInput, Customization, ProductDetail } from '@aneis/contracts';
import { variantDraftsFromProduct, variantsToBody, type VariantDraft } from './variant-draft.js';

export type CustomizationType = Customization['type'];

/**
 * One option of a customization; `hex` only matters for colours. Labels are what shoppers read
 * per language (empty: the name); `priceDelta` is the price difference in the product's
 * currency as typed ("387", "-64.50"; empty: none).
 */
export interface OptionDraft {
  name: string;
  hex: string;
  labelPt: string;
  labelEn: string;
  priceDelta: string;
}

export interface CustomizationDraft {
  type: CustomizationType;
  name: string;
  key: string;
  labelPt: string;
  labelEn: string;
  /** The shopper must choose it (no default). */
  required: boolean;
  /** Its values tell variants apart: each combination gets its own SKU and stock. */
  variant: boolean;
  options: OptionDraft[];
}

/** A product picture: a thumbnail + detailed pair already stored, or a file about to be. */
export type ImageSlot =
  | { id: string; kind: 'stored'; previewUrl: string; thumbnailUrl: string; detailedUrl: string }
  | { id: string; kind: 'new'; previewUrl: string; file: File };

/** A featured (banner) picture, stored or new. */
export type FeaturedSlot =
  | { id: string; kind: 'stored'; previewUrl: string; url: string }
  | { id: string; kind: 'new'; previewUrl: string; file: File };

/** The product form as typed: numbers stay strings until validated. */
export interface ProductDraft {
  store: string;
  brand: string;
  name: string;
  itemUrl: string;
  sku: string;
  categoryId: string;
  tariffId: string;
  currency: string;
  price: string;
  markedPrice: string;
  weight: string;
  weightUnit: string;
  /** Empty means stock is not tracked. */
  stock: string;
  lowStockThreshold: string;
  active: boolean;
  detailsHtml: string;
  customizations: CustomizationDraft[];
  /** One row per combination of the variant options. */
  variants: VariantDraft[];
  attributes: { key: string; value: string }[];
  images: ImageSlot[];
  featuredImages: FeaturedSlot[];
}

let nextId = 0;
/** Local ids for list rows (keys for v-for and reordering), never sent. */
export function localId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

export function emptyDraft(
  defaults: { currency?: string; weightUnit?: string } = {},
): ProductDraft {
  return {
    store: '',
    brand: '',
    name: '',
    itemUrl: '',
    sku: '',
    categoryId: '',
    tariffId: '',
    currency: defaults.currency ?? 'EUR',
    price: '',
    markedPrice: '',
    weight: '',
    weightUnit: defaults.weightUnit ?? 'G',
    stock: '',
    lowStockThreshold: '',
    active: true,
    detailsHtml: '',
    customizations: [],
    variants: [],
    attributes: [],
    images: [],
    featuredImages: [],
  };
}

function optionDraft(c: Customization, name: string, hex: string): OptionDraft {
  const detail = c.valueDetails?.find((candidate) => candidate.value === name);
  return {
    name,
    hex,
    labelPt: detail?.labels?.pt ?? '',
    labelEn: detail?.labels?.en ?? '',
    priceDelta: detail?.priceDelta ? String(detail.priceDelta / 100) : '',
  };
}

function customizationToDraft(c: Customization, variantKeys: string[]): CustomizationDraft {
  const options =
    c.type === 'Colors'
      ? c.values.map((v) => optionDraft(c, v.name, v.hexValue))
      : c.values.map((name) => optionDraft(c, name, ''));
  return {
    type: c.type,
    name: c.name,
    key: c.key,
    labelPt: c.labels?.pt ?? '',
    labelEn: c.labels?.en ?? '',
    required: c.required === true,
    variant: variantKeys.includes(c.key),
    options,
  };
}

export function draftFromProduct(product: ProductDetail): ProductDraft {
  const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    store: product.store,
    brand: product.brand,
    name: product.name,
    itemUrl: product.item_url ?? '',
    sku: product.store_sku,
    categoryId: product.category._id,
    tariffId: product.tariff._id,
    currency: product.price.currency,
    price: String(product.price.amount),
    markedPrice: numberText(product.marked_price?.amount),
    weight: String(product.weight.quantity),
    weightUnit: product.weight.unit,
    stock: numberText(product.stock),
    lowStockThreshold: numberText(product.lowStockThreshold),
    active: product.active,
    detailsHtml: product.details_html,
    customizations: (product.customizationOptions?.customizations ?? []).map((c) =>
      customizationToDraft(c, Object.keys(product.variants?.[0]?.choices ?? {})),
    ),
    variants: variantDraftsFromProduct(product),
    attributes: Object.entries(product.custom_attributes ?? {}).map(([key, value]) => ({
      key,
      value,
    })),
    images: product.thumbnailUrls.map((thumbnailUrl, index) => ({
      id: localId('image'),
      kind: 'stored' as const,
      previewUrl: thumbnailUrl,
      thumbnailUrl,
      detailedUrl: product.detailedImageUrls[index] ?? thumbnailUrl,
    })),
    featuredImages: product.featuredImageUrls.map((url) => ({
      id: localId('featured'),
      kind: 'stored' as const,
      previewUrl: url,
      url,
    })),
  };
}

/** Labels are kept only when both languages are given; the name stands in otherwise. */
function labelsOf(pt: string, en: string) {
  return pt.trim() && en.trim() ? { labels: { pt: pt.trim(), en: en.trim() } } : {};
}

/** Price difference typed in currency units → cents (empty or zero: none). */
export function deltaCents(text: string): number {
  return Math.round(Number(text.trim() || '0') * 100);
}

function draftToCustomization(c: CustomizationDraft): Customization {
  const valueDetails = c.options.flatMap((o) => {
    const cents = deltaCents(o.priceDelta);
    const labels = labelsOf(o.labelPt, o.labelEn);
    if (cents === 0 && !labels.labels) return [];
    return [{ value: o.name.trim(), ...labels, ...(cents === 0 ? {} : { priceDelta: cents }) }];
  });
  const base = {
    name: c.name.trim(),
    key: c.key.trim(),
    ...labelsOf(c.labelPt, c.labelEn),
    ...(valueDetails.length > 0 ? { valueDetails } : {}),
    ...(c.required ? { required: true } : {}),
  };
  if (c.type === 'Colors') {
    return {
      type: 'Colors',
      ...base,
      values: c.options.map((o) => ({ name: o.name.trim(), hexValue: o.hex })),
    };
  }
  return { type: c.type, ...base, values: c.options.map((o) => o.name.trim()) };
}

export interface ProductImageUrls {
  thumbnailUrls: string[];
  detailedImageUrls: string[];
  featuredImageUrls: string[];
}

/** The request body for a validated draft, with the images' final URLs. */
export function draftToBody(draft: ProductDraft, images: ProductImageUrls): AddProductBodyInput {
  const money = (amount: string) => ({ amount: Number(amount), currency: draft.currency });
  const wholeOrNull = (text: string) => (text.trim() === '' ? null : Number(text));
  const variants = variantsToBody(draft);
  return {
    store: draft.store.trim(),
    brand: draft.brand.trim(),
    name: draft.name.trim(),
    ...(draft.itemUrl.trim() ? { item_url: draft.itemUrl.trim() } : {}),
    store_sku: draft.sku.trim(),
    category: draft.categoryId,
    tariff: draft.tariffId,
    ...images,
    price: money(draft.price),
    marked_price: draft.markedPrice.trim() === '' ? null : money(draft.markedPrice),
    weight: { quantity: Number(draft.weight), unit: draft.weightUnit },
    customizationOptions: { customizations: draft.customizations.map(draftToCustomization) },
    custom_attributes: Object.fromEntries(
      draft.attributes.map((a) => [a.key.trim(), a.value.trim()]),
    ),
    details_html: draft.detailsHtml,
    active: draft.active,
    variants,
    // With variants the product's stock is their sum, kept by the server.
    ...(variants.length > 0 ? {} : { stock: wholeOrNull(draft.stock) }),
    lowStockThreshold: wholeOrNull(draft.lowStockThreshold),
  };
}
