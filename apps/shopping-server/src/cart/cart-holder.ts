import type { CustomerDoc, ShopModels, StoredCart, StoredCartLine } from '@aneis/data';
import { BadInput } from '@aneis/errors';
import {
  GUEST_CART_FULL_MESSAGE,
  guestLinesToStored,
  MAX_GUEST_CART_LINES,
  newGuestCartId,
  storedLinesToGuest,
  type GuestCart,
} from './guest-cart.js';

/**
 * Where a cart lives: on a customer's account, or in a guest's session. The cart operations
 * work on either, so a guest's cart obeys the same rules (repricing, customizations, counts).
 */
export interface CartHolder {
  /** False when nothing was ever stored: a read then answers a fresh cart and stores nothing. */
  readonly exists: boolean;
  readonly lines: readonly StoredCartLine[];
  /** Stores the repriced cart; refuses one that breaks this holder's bounds. */
  save(cart: StoredCart): Promise<void>;
}

export function accountCartHolder(models: ShopModels, customer: CustomerDoc): CartHolder {
  return {
    exists: customer.cart !== undefined && customer.cart !== null,
    lines: customer.cart?.items ?? [],
    async save(cart) {
      await models.Customer.updateOne({ _id: customer._id }, { $set: { cart } });
    },
  };
}

/** The part of an express-session session a guest cart needs. */
export interface GuestCartSession {
  guestCart?: GuestCart | undefined;
  save(done: (error?: unknown) => void): unknown;
}

/**
 * A guest's cart in their session. The session is saved before the answer goes out, so a
 * session store that is away fails this request (503) instead of losing the change silently.
 */
export function guestCartHolder(session: GuestCartSession): CartHolder {
  const current = session.guestCart;
  return {
    exists: current !== undefined,
    lines: guestLinesToStored(current?.lines ?? []),
    async save(cart) {
      if (cart.items.length > MAX_GUEST_CART_LINES) throw new BadInput(GUEST_CART_FULL_MESSAGE);
      const lines = storedLinesToGuest(cart.items);
      // Nothing to keep: no session (and no cookie) is created for it.
      if (!current && lines.length === 0) return;
      if (current && JSON.stringify(current.lines) === JSON.stringify(lines)) return;
      session.guestCart = {
        id: current?.id ?? newGuestCartId(),
        lines,
        ...(current?.adopted ? { adopted: current.adopted } : {}),
      };
      await new Promise<void>((resolve, reject) => {
        session.save((error) =>
          error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(),
        );
      });
    },
  };
}
