import {
  addToCartBodySchema,
  deleteFromCartBodySchema,
  updateCartBodySchema,
} from '@aneis/contracts';
import { requireLogin } from '@aneis/auth';
import { sendSuccess } from '@aneis/http';
import { Router } from 'express';
import { loadCustomer } from '../accounts/load-customer.js';
import {
  addToCart,
  deleteFromCart,
  getCart,
  updateCart,
  type CartDeps,
} from '../cart/cart-operations.js';
import { parseInput } from './parse-input.js';
import { sessionUserId } from './session-user.js';
import type { ShopContext } from './shop-context.js';

export function cartRoutes({ deps }: ShopContext): Router {
  const cartDeps: CartDeps = { models: deps.models, currency: deps.config.baseCurrency };
  const router = Router();
  router.use(requireLogin());
  router.post('/addToCart', async (req, res) => {
    const entries = parseInput(addToCartBodySchema, req.body);
    const customer = await loadCustomer(deps.models, sessionUserId(req));
    sendSuccess(res, await addToCart(cartDeps, customer, entries));
  });
  router.get('/getCart', async (req, res) => {
    const customer = await loadCustomer(deps.models, sessionUserId(req));
    sendSuccess(res, await getCart(cartDeps, customer));
  });
  router.put('/updateCart', async (req, res) => {
    const body = parseInput(updateCartBodySchema, req.body);
    const customer = await loadCustomer(deps.models, sessionUserId(req));
    sendSuccess(res, await updateCart(cartDeps, customer, body));
  });
  router.delete('/deleteFromCart', async (req, res) => {
    const { cartItemIds } = parseInput(deleteFromCartBodySchema, req.body);
    const customer = await loadCustomer(deps.models, sessionUserId(req));
    sendSuccess(res, await deleteFromCart(cartDeps, customer, cartItemIds));
  });
  return router;
}
