import { MAX_LINE_COUNT } from '@aneis/contracts';
import type { StoredCartLine } from '@aneis/data';
import { Types } from 'mongoose';
import { lineStock, type CartProductRow } from './cart-products.js';
import { sameChoices } from './merge-cart.js';
import { validateCustomizations } from './validate-customizations.js';

/**
 * The most units of `product` one line may hold: the per-line limit, and the stock when tracked
 * (the chosen variant's, when the product has variants).
 */
export function unitLimit(product: CartProductRow, choices?: Record<string, string>): number {
  const stock = lineStock(product, choices);
  return typeof stock === 'number' ? Math.max(0, Math.min(MAX_LINE_COUNT, stock)) : MAX_LINE_COUNT;
}

/**
 * A guest cart folded into an account's cart: a guest line with the same product and choices
 * as an account line adds its units to it, any other becomes a new line. Sums are capped by the
 * line limit and the stock, yet never below what the account line already held (the merge
 * must not take away what the shopper had). Guest lines whose product is gone or hidden, or
 * whose choices the product no longer offers, are left out, as a fresh add would refuse them.
 */
export function combineCarts(
  accountLines: readonly StoredCartLine[],
  guestLines: readonly StoredCartLine[],
  products: ReadonlyMap<string, CartProductRow>,
): StoredCartLine[] {
  const combined = accountLines.map((line) => ({ ...line }));
  for (const guest of guestLines) {
    const product = products.get(String(guest.product));
    if (!product) continue;
    let customizations: Record<string, string> | undefined;
    try {
      customizations = validateCustomizations(product, guest.customizations);
    } catch {
      continue;
    }
    const limit = unitLimit(product, customizations);
    const existing = combined.find(
      (line) =>
        String(line.product) === String(guest.product) &&
        sameChoices(line.customizations, customizations),
    );
    if (existing) {
      existing.counts = Math.max(existing.counts, Math.min(existing.counts + guest.counts, limit));
      continue;
    }
    const counts = Math.min(guest.counts, limit);
    if (counts < 1) continue;
    combined.push({
      _id: new Types.ObjectId(),
      product: product._id,
      counts,
      aggregatedWeight: { quantity: 0, unit: product.weight.unit },
      aggregatedPrice: { cents: 0, currency: guest.aggregatedPrice.currency },
      ...(customizations ? { customizations } : {}),
    });
  }
  return combined;
}
