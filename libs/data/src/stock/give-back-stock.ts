import type { Model, Types } from 'mongoose';
import type { ProductDoc } from '../models/product.js';

/** Units taken from a product, or from one of its variants, that are to be put back. */
export interface StockReturn {
  productId: string | Types.ObjectId;
  units: number;
  /** The variant's stored key when the units came from a variant. */
  variantKey?: string | undefined;
  /**
   * Makes the put-back idempotent: the update skips a product that already lists the key and
   * lists it in the same write, so a retry after a crash adds the units at most once.
   */
  restockKey?: string | undefined;
}

/**
 * How many restock keys a product remembers. A retry comes at the next start-up, long before
 * this many later restocks of the same product; the cap keeps the document small.
 */
const REMEMBERED_RESTOCKS = 200;

/** The filter and update parts that make a put-back happen once per restock key. */
function onceOnly(key: string | undefined) {
  if (key === undefined) return { filter: {}, push: {} };
  return {
    filter: { restocksApplied: { $ne: key } },
    push: { $push: { restocksApplied: { $each: [key], $slice: -REMEMBERED_RESTOCKS } } },
  };
}

/** Rounds of read-then-update when a manager reorders the variants in between. */
const ATTEMPTS = 3;

/**
 * Where a product's variant is in its list, or undefined when the product or variant is gone.
 * Updates then name the variant by index (`variants.4.stock`) and check its key at that index
 * in the same filter: the positional `$` operator is not available on every engine we run on.
 */
export async function variantIndex(
  Product: Model<ProductDoc>,
  productId: string | Types.ObjectId,
  variantKey: string,
): Promise<{ index: number; stock: number | undefined } | undefined> {
  const product = await Product.findOne({ _id: productId }, { variants: 1 }).lean();
  const index = product?.variants?.findIndex((variant) => variant.key === variantKey) ?? -1;
  if (index < 0) return undefined;
  return { index, stock: product?.variants?.[index]?.stock ?? undefined };
}

/**
 * Puts units back where they were taken: the variant and the product's total together (one
 * single-document update, so they never disagree), or the product alone. Untracked stock and a
 * variant removed since are left alone: there is nothing to put the units back into. Shared by
 * the shopping server (compensation) and the management server (cancellations, returns).
 */
export async function giveBackStock(Product: Model<ProductDoc>, back: StockReturn): Promise<void> {
  if (back.units <= 0) return;
  const once = onceOnly(back.restockKey);
  if (back.variantKey === undefined) {
    await Product.updateOne(
      { _id: back.productId, stock: { $exists: true }, ...once.filter },
      { $inc: { stock: back.units }, ...once.push },
    );
    return;
  }
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const found = await variantIndex(Product, back.productId, back.variantKey);
    if (!found || found.stock === undefined) return;
    const at = `variants.${found.index}`;
    const result = await Product.updateOne(
      {
        _id: back.productId,
        [`${at}.key`]: back.variantKey,
        [`${at}.stock`]: { $exists: true },
        ...once.filter,
      },
      { $inc: { [`${at}.stock`]: back.units, stock: back.units }, ...once.push },
    );
    if (result.matchedCount > 0) return;
    // Missed because an earlier try already put these units back: nothing left to do.
    if (back.restockKey !== undefined) {
      const applied = await Product.exists({
        _id: back.productId,
        restocksApplied: back.restockKey,
      });
      if (applied) return;
    }
  }
}
