import type { ShopModels } from '@aneis/data';
import type { Request } from 'express';
import { loadCustomer } from '../accounts/load-customer.js';
import { accountCartHolder, guestCartHolder, type CartHolder } from '../cart/cart-holder.js';

/**
 * The cart a request acts on (contract auth `session`): the logged-in shopper's account cart,
 * or else the guest cart kept in the session (created on the first add).
 */
export async function sessionCart(models: ShopModels, req: Request): Promise<CartHolder> {
  const session = req.session;
  if (!session) throw new Error('No session on the request: is the session middleware mounted?');
  const userId = session.userId;
  if (userId) return accountCartHolder(models, await loadCustomer(models, userId));
  return guestCartHolder(session);
}
