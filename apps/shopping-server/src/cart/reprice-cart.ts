import { unitPriceCents } from '@aneis/contracts';
import type { StoredCart, StoredCartLine } from '@aneis/data';
import type { CartProductRow } from './cart-products.js';

/** Veniqa's fresh-cart weight unit. */
export const DEFAULT_WEIGHT_UNIT = 'LB';

export function roundWeight(quantity: number): number {
  return Math.round(quantity * 100) / 100;
}

export function emptyCart(currency: string): StoredCart {
  return {
    items: [],
    totalWeight: { quantity: 0, unit: DEFAULT_WEIGHT_UNIT },
    subTotalPrice: { cents: 0, currency },
  };
}

/**
 * Veniqa's recalculation, fixed: lines whose product is gone, inactive or deleted are dropped,
 * every line is repriced from the current catalogue (the product's price plus the price
 * differences of the chosen values), and totals are sums of integer cents.
 */
export function repriceCart(
  lines: readonly StoredCartLine[],
  products: ReadonlyMap<string, CartProductRow>,
  currency: string,
): StoredCart {
  const items: StoredCartLine[] = [];
  for (const line of lines) {
    const product = products.get(String(line.product));
    if (!product) continue;
    items.push({
      _id: line._id,
      product: product._id,
      counts: line.counts,
      aggregatedWeight: {
        quantity: roundWeight(product.weight.quantity * line.counts),
        unit: product.weight.unit,
      },
      aggregatedPrice: {
        cents: unitPriceCents(product.price.cents, product, line.customizations) * line.counts,
        currency,
      },
      ...(line.customizations && Object.keys(line.customizations).length > 0
        ? { customizations: line.customizations }
        : {}),
    });
  }
  return {
    items,
    totalWeight: {
      quantity: roundWeight(items.reduce((sum, line) => sum + line.aggregatedWeight.quantity, 0)),
      unit: items[0]?.aggregatedWeight.unit ?? DEFAULT_WEIGHT_UNIT,
    },
    subTotalPrice: {
      cents: items.reduce((sum, line) => sum + line.aggregatedPrice.cents, 0),
      currency,
    },
  };
}
