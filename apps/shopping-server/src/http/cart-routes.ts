import {
  addToCart,
  deleteFromCart,
  getCart,
  updateCart,
  type CartDeps,
} from '../cart/cart-operations.js';
import type { ShoppingArea } from './route-table.js';
import { sessionCart } from './session-cart.js';
import type { ShopContext } from './shop-context.js';

/** Contract auth `session`: a guest's cart lives in the session until they log in. */
export function cartRoutes({ deps }: ShopContext): ShoppingArea<'/shopping'> {
  const cartDeps: CartDeps = { models: deps.models, currency: deps.config.baseCurrency };
  const cartOf = (req: Parameters<typeof sessionCart>[1]) => sessionCart(deps.models, req);
  return {
    'POST /shopping/addToCart': async ({ body: entries }, { req }) =>
      addToCart(cartDeps, await cartOf(req), entries),
    'GET /shopping/getCart': async (_input, { req }) => getCart(cartDeps, await cartOf(req)),
    'PUT /shopping/updateCart': async ({ body }, { req }) =>
      updateCart(cartDeps, await cartOf(req), body),
    'DELETE /shopping/deleteFromCart': async ({ body: { cartItemIds } }, { req }) =>
      deleteFromCart(cartDeps, await cartOf(req), cartItemIds),
  };
}
