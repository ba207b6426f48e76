import { MAX_LINE_COUNT, type AddToCartBody } from '@aneis/contracts';
import type { StoredCartLine } from '@aneis/data';
import { BadInput } from '@aneis/errors';
import { Types } from 'mongoose';
import type { CartProductRow } from './cart-products.js';
import { validateCustomizations } from './validate-customizations.js';

/** Same customization choices, whatever the key order. */
export function sameChoices(
  a: Record<string, string> | undefined,
  b: Record<string, string> | undefined,
) {
  const left = Object.entries(a ?? {}).sort(([x], [y]) => x.localeCompare(y));
  const right = Object.entries(b ?? {}).sort(([x], [y]) => x.localeCompare(y));
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * Veniqa's merge rule: an entry for a product with the same customizations as an existing line
 * adds to that line's count, anything else becomes a new line. Entries for products that are
 * gone or hidden are skipped, as Veniqa did. A line never exceeds MAX_LINE_COUNT units.
 */
export function mergeIntoCart(
  lines: readonly StoredCartLine[],
  entries: AddToCartBody,
  products: ReadonlyMap<string, CartProductRow>,
  currency: string,
): StoredCartLine[] {
  const merged = lines.map((line) => ({ ...line }));
  for (const entry of entries) {
    const product = products.get(entry.product);
    if (!product) continue;
    const customizations = validateCustomizations(product, entry.customizations);
    const existing = merged.find(
      (line) =>
        String(line.product) === entry.product && sameChoices(line.customizations, customizations),
    );
    const counts = (existing?.counts ?? 0) + entry.counts;
    if (counts > MAX_LINE_COUNT) {
      throw new BadInput(
        `At most ${MAX_LINE_COUNT} units of "${product.name}" fit in one cart line`,
      );
    }
    if (existing) {
      existing.counts = counts;
    } else {
      merged.push({
        _id: new Types.ObjectId(),
        product: product._id,
        counts,
        aggregatedWeight: { quantity: 0, unit: product.weight.unit },
        aggregatedPrice: { cents: 0, currency },
        ...(customizations ? { customizations } : {}),
      });
    }
  }
  return merged;
}
