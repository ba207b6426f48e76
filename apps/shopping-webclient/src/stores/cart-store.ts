import type { Cart, CustomizationChoices } from '@aneis/contracts';
import { defineStore } from 'pinia';
import { useShoppingApi } from '../api/shopping-api.js';

export interface NewCartLine {
  product: string;
  counts: number;
  customizations?: CustomizationChoices;
}

/**
 * The shopper's cart as the server last priced it. Every change goes to the server, which
 * answers with the repriced cart, so prices shown are always the server's.
 */
export const useCartStore = defineStore('cart', {
  state: () => ({ cart: null as Cart | null, busy: false }),
  getters: {
    lines: (state) => state.cart?.items ?? [],
    itemCount: (state) => (state.cart?.items ?? []).reduce((sum, line) => sum + line.counts, 0),
    isEmpty: (state) => (state.cart?.items.length ?? 0) === 0,
  },
  actions: {
    async run(change: () => Promise<Cart>): Promise<void> {
      this.busy = true;
      try {
        this.cart = await change();
      } finally {
        this.busy = false;
      }
    },
    load() {
      return this.run(() => useShoppingApi().call('GET /shopping/getCart'));
    },
    add(line: NewCartLine) {
      return this.run(() => useShoppingApi().call('POST /shopping/addToCart', { body: [line] }));
    },
    /** The server expects every line back; only the chosen line's count changes. */
    setCount(lineId: string, counts: number) {
      const cartItems = this.lines.map((line) => ({
        _id: line._id,
        product: line.product._id,
        counts: line._id === lineId ? counts : line.counts,
        customizations: line.customizations,
      }));
      return this.run(() =>
        useShoppingApi().call('PUT /shopping/updateCart', { body: { cartItems } }),
      );
    },
    remove(lineId: string) {
      return this.run(() =>
        useShoppingApi().call('DELETE /shopping/deleteFromCart', {
          body: { cartItemIds: [lineId] },
        }),
      );
    },
    clear() {
      this.cart = null;
    },
  },
});
