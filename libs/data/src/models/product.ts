import { Schema, type Types } from 'mongoose';
import { auditLogSchema, type StoredAuditLog } from './audit-log-schema.js';
import { moneySchema, type StoredMoney } from './money-schema.js';
import { weightSchema, type StoredWeight } from './weight-schema.js';

export const PRODUCT_COLLECTION = 'veniqa_curated_products';

interface StoredLabel {
  pt: string;
  en: string;
}

/** Our extras beside Veniqa's shape: labels, price differences per value, a required flag. */
interface CustomizationExtras {
  labels?: StoredLabel;
  valueDetails?: { value: string; labels?: StoredLabel; priceDelta?: number }[];
  required?: boolean;
}

/** One customization a shopper picks (Veniqa's discriminated `Colors` / `Array` / `Toggle`). */
export type StoredCustomization = CustomizationExtras &
  (
    | { type: 'Colors'; name: string; key: string; values: { name: string; hexValue: string }[] }
    | { type: 'Array' | 'Toggle'; name: string; key: string; values: string[] }
  );

/**
 * One combination of variant options with its own SKU and stock. `key` names the combination
 * (the contracts' `variantKey`) so a reservation matches it inside one atomic update.
 */
export interface StoredVariant {
  key: string;
  choices: Record<string, string>;
  sku?: string;
  /** Absent: not tracked. Never negative. */
  stock?: number;
}

export interface ProductDoc {
  _id: Types.ObjectId;
  store: string;
  brand: string;
  name: string;
  /** The storefront's URL word (`/anel/<slug>`), unique among products: see slugs/assign-slug. */
  slug?: string;
  item_url?: string;
  store_sku: string;
  category: Types.ObjectId;
  tariff: Types.ObjectId;
  thumbnailUrls: string[];
  featuredImageUrls: string[];
  detailedImageUrls: string[];
  marked_price?: StoredMoney;
  price: StoredMoney;
  weight: StoredWeight;
  customizationOptions?: { customizations: StoredCustomization[] };
  /** With tracked variants, `stock` is their sum, changed in the same updates. */
  variants?: StoredVariant[];
  custom_attributes?: Record<string, string>;
  details_html: string;
  /** Shown to shoppers only when true (and not deleted). */
  active: boolean;
  /** Soft delete: orders keep their snapshot, carts and featured sections drop the product. */
  deleted: boolean;
  /** Units on hand; absent = not tracked (always available). Never negative. */
  stock?: number;
  /** The dashboard lists the product as low once `stock <= lowStockThreshold`. */
  lowStockThreshold?: number;
  /**
   * Keys of the latest order restocks put into this product's stock, written by the same update
   * that adds the units: a restock retried after a crash finds its key and adds nothing.
   * Not selected by default: no view shows it.
   */
  restocksApplied?: string[];
  /**
   * What the storefront filters on, derived by the management server from the product's metal
   * option or attribute and its size option on every save. Absent on products saved before.
   */
  facets?: ProductFacets;
  auditLog: StoredAuditLog;
}

export interface ProductFacets {
  /** Metal codes (`RING_METALS` of the contracts). */
  metals: string[];
  /** EU ring sizes offered, as text ("54"). */
  sizes: string[];
}

const wholeCount = {
  validator: (value: unknown) =>
    value === undefined || value === null || Number.isSafeInteger(value),
  message: '{PATH} must be a whole number',
};

export const productSchema = new Schema<ProductDoc>(
  {
    store: { type: String, required: true, trim: true },
    brand: { type: String, required: true, trim: true },
    name: { type: String, required: true, trim: true },
    slug: { type: String, trim: true },
    item_url: { type: String, trim: true },
    store_sku: { type: String, required: true, trim: true },
    category: { type: Schema.Types.ObjectId, ref: 'Category', required: true },
    tariff: { type: Schema.Types.ObjectId, ref: 'Tariff', required: true },
    thumbnailUrls: { type: [String], default: [] },
    featuredImageUrls: { type: [String], default: [] },
    detailedImageUrls: { type: [String], default: [] },
    marked_price: { type: moneySchema },
    price: { type: moneySchema, required: true },
    weight: { type: weightSchema, required: true },
    // Mixed: the contracts' discriminated union validates the shape before it gets here.
    customizationOptions: { type: Schema.Types.Mixed },
    variants: {
      type: [
        new Schema<StoredVariant>(
          {
            key: { type: String, required: true },
            choices: { type: Schema.Types.Mixed, required: true },
            sku: { type: String, trim: true },
            stock: { type: Number, min: 0, validate: wholeCount },
          },
          { _id: false },
        ),
      ],
      default: undefined,
    },
    custom_attributes: { type: Schema.Types.Mixed },
    details_html: { type: String, required: true, trim: true },
    active: { type: Boolean, required: true, default: true },
    deleted: { type: Boolean, required: true, default: false },
    stock: { type: Number, min: 0, validate: wholeCount },
    lowStockThreshold: { type: Number, min: 0, validate: wholeCount },
    restocksApplied: { type: [String], default: undefined, select: false },
    facets: {
      type: new Schema<ProductFacets>(
        { metals: { type: [String], default: [] }, sizes: { type: [String], default: [] } },
        { _id: false },
      ),
    },
    auditLog: { type: auditLogSchema, required: true },
  },
  { collection: PRODUCT_COLLECTION },
);
// Storefront listing: active products, newest first, by category.
productSchema.index({ active: 1, deleted: 1, category: 1, 'auditLog.createdOn': -1 });
// Storefront filters: price ranges, and a metal or a size (one array per index: MongoDB
// cannot index two arrays together) with the price bound inside the same index.
productSchema.index({ active: 1, deleted: 1, 'price.cents': 1 });
productSchema.index({ 'facets.metals': 1, 'price.cents': 1 });
productSchema.index({ 'facets.sizes': 1, 'price.cents': 1 });
// The storefront's product pages are found by slug.
productSchema.index({ slug: 1 });
// The image sweeper re-reads what changed since its start before each deletion.
productSchema.index({ 'auditLog.updatedOn': -1 });
