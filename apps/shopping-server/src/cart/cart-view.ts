import { labelChoices, missingChoices, unitPriceCents, type Cart } from '@aneis/contracts';
import type { StoredCart } from '@aneis/data';
import { toMoney } from '../money-view.js';
import { lineStock, type CartProductRow } from './cart-products.js';

/**
 * The cart as the routes answer it: lines with their products populated. A line of a product
 * with variants shows its variant's unit price and stock, and every line its choices labelled.
 */
export function toCartView(cart: StoredCart, products: ReadonlyMap<string, CartProductRow>): Cart {
  return {
    items: cart.items.flatMap((line) => {
      const product = products.get(String(line.product));
      if (!product) return [];
      const stock = lineStock(product, line.customizations);
      const choiceLabels = labelChoices(product, line.customizations);
      const options = product.customizationOptions?.customizations ?? [];
      const missing = missingChoices(product, line.customizations).map((key) => {
        const option = options.find((candidate) => candidate.key === key);
        return option?.labels ?? { pt: option?.name ?? key, en: option?.name ?? key };
      });
      return [
        {
          _id: String(line._id),
          product: {
            _id: String(product._id),
            name: product.name,
            brand: product.brand,
            store: product.store,
            weight: product.weight,
            price: toMoney({
              cents: unitPriceCents(product.price.cents, product, line.customizations),
              currency: product.price.currency,
            }),
            thumbnailUrls: product.thumbnailUrls,
            ...(typeof stock === 'number' ? { stock } : {}),
          },
          counts: line.counts,
          aggregatedWeight: line.aggregatedWeight,
          aggregatedPrice: toMoney(line.aggregatedPrice),
          ...(line.customizations ? { customizations: line.customizations } : {}),
          ...(choiceLabels.length > 0 ? { choiceLabels } : {}),
          ...(missing.length > 0 ? { missingChoices: missing } : {}),
        },
      ];
    }),
    totalWeight: cart.totalWeight,
    subTotalPrice: toMoney(cart.subTotalPrice),
  };
}
