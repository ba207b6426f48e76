import { loadCustomer } from '../accounts/load-customer.js';
import {
  addToCart,
  deleteFromCart,
  getCart,
  updateCart,
  type CartDeps,
} from '../cart/cart-operations.js';
import type { ShoppingArea } from './route-table.js';
import { sessionUserId } from './session-user.js';
import type { ShopContext } from './shop-context.js';

export function cartRoutes({ deps }: ShopContext): ShoppingArea<'/shopping'> {
  const cartDeps: CartDeps = { models: deps.models, currency: deps.config.baseCurrency };
  const customerOf = (req: Parameters<typeof sessionUserId>[0]) =>
    loadCustomer(deps.models, sessionUserId(req));
  return {
    'POST /shopping/addToCart': async ({ body: entries }, { req }) =>
      addToCart(cartDeps, await customerOf(req), entries),
    'GET /shopping/getCart': async (_input, { req }) => getCart(cartDeps, await customerOf(req)),
    'PUT /shopping/updateCart': async ({ body }, { req }) =>
      updateCart(cartDeps, await customerOf(req), body),
    'DELETE /shopping/deleteFromCart': async ({ body: { cartItemIds } }, { req }) =>
      deleteFromCart(cartDeps, await customerOf(req), cartItemIds),
  };
}
