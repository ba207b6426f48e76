import type { Cart } from '@aneis/contracts';
import type { StoredCart } from '@aneis/data';
import { toMoney } from '../money-view.js';
import type { CartProductRow } from './cart-products.js';

/** The cart as the routes answer it: lines with their products populated. */
export function toCartView(cart: StoredCart, products: ReadonlyMap<string, CartProductRow>): Cart {
  return {
    items: cart.items.flatMap((line) => {
      const product = products.get(String(line.product));
      if (!product) return [];
      return [
        {
          _id: String(line._id),
          product: {
            _id: String(product._id),
            name: product.name,
            brand: product.brand,
            store: product.store,
            weight: product.weight,
            price: toMoney(product.price),
            thumbnailUrls: product.thumbnailUrls,
            ...(typeof product.stock === 'number' ? { stock: product.stock } : {}),
          },
          counts: line.counts,
          aggregatedWeight: line.aggregatedWeight,
          aggregatedPrice: toMoney(line.aggregatedPrice),
          ...(line.customizations ? { customizations: line.customizations } : {}),
        },
      ];
    }),
    totalWeight: cart.totalWeight,
    subTotalPrice: toMoney(cart.subTotalPrice),
  };
}
