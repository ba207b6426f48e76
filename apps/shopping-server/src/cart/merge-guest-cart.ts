import type { CustomerDoc } from '@aneis/data';
import { Conflict } from '@aneis/errors';
import type { Types } from 'mongoose';
import { loadCartProducts } from './cart-products.js';
import type { CartDeps } from './cart-operations.js';
import { combineCarts } from './combine-carts.js';
import { guestLinesToStored, type GuestCartLine } from './guest-cart.js';
import { repriceCart } from './reprice-cart.js';

/** How many merged guest-cart ids an account remembers: far more than logins can race. */
const REMEMBERED_MERGES = 20;
/** Rounds of read-combine-write before giving up when the account keeps changing under us. */
const MAX_ATTEMPTS = 5;

/** What is merged: guest lines, named by an id the account records so they merge only once. */
export interface GuestCartMerge {
  id: string;
  lines: readonly GuestCartLine[];
}

/**
 * Merges guest lines into an account's cart, exactly once: the write only lands while the
 * account has not recorded this merge id yet and is unchanged since it was read (its
 * `updatedAt`). A login racing with ours either merged first (we find the id recorded and stop)
 * or changed the account (we read it again). Answers the account as it now is, or null when it
 * vanished.
 */
export async function mergeGuestCart(
  deps: CartDeps,
  customerId: Types.ObjectId | string,
  guestCart: GuestCartMerge,
): Promise<CustomerDoc | null> {
  const { Customer } = deps.models;
  const live = { _id: customerId, deleted: { $ne: true } };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const customer = await Customer.findOne(live).lean<CustomerDoc>();
    if (!customer) return null;
    if (customer.mergedGuestCarts?.includes(guestCart.id)) return customer;
    const guestLines = guestLinesToStored(guestCart.lines);
    const accountLines = customer.cart?.items ?? [];
    if (guestLines.length === 0) return customer;
    const products = await loadCartProducts(
      deps.models,
      [...accountLines, ...guestLines].map((line) => line.product),
    );
    const cart = repriceCart(
      combineCarts(accountLines, guestLines, products),
      products,
      deps.currency,
    );
    const merged = [...(customer.mergedGuestCarts ?? []), guestCart.id].slice(-REMEMBERED_MERGES);
    const updated = await Customer.findOneAndUpdate(
      {
        ...live,
        mergedGuestCarts: { $ne: guestCart.id },
        updatedAt: customer.updatedAt ?? null,
      },
      { $set: { cart, mergedGuestCarts: merged } },
      { returnDocument: 'after' },
    ).lean<CustomerDoc>();
    if (updated) return updated;
  }
  throw new Conflict('The cart changed while it was being merged; please try again');
}
