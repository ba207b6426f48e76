import { MAX_CART_LINES } from '@aneis/contracts';
import type { StoredCartLine } from '@aneis/data';
import { Types } from 'mongoose';

/**
 * A cart line as kept in a guest's session: only what the shopper chose. Prices and weights are
 * never stored there; they are computed from the catalogue on every read, as for accounts.
 */
export interface GuestCartLine {
  _id: string;
  product: string;
  counts: number;
  customizations?: Record<string, string>;
}

/** The cart of a shopper without an account, kept in the session until login or sign-up. */
export interface GuestCart {
  /** Names this cart when it is merged into an account, so it is merged only once. */
  id: string;
  lines: GuestCartLine[];
  /**
   * Set when a sign-up in this session gave the cart to the new account: which account, and the
   * lines it got then. Logging in to that account later adds only what the guest added since.
   */
  adopted?: { accountId: string; lines: GuestCartLine[] };
}

/** Most lines a guest cart holds: the session stays small, and accounts are where carts grow. */
export const MAX_GUEST_CART_LINES = MAX_CART_LINES;

export const GUEST_CART_FULL_MESSAGE = `A cart without an account holds at most ${MAX_GUEST_CART_LINES} lines; log in or create an account to add more`;

export function newGuestCartId(): string {
  return new Types.ObjectId().toHexString();
}

/** Session lines as the cart code works on them (aggregates are filled in by repricing). */
export function guestLinesToStored(lines: readonly GuestCartLine[]): StoredCartLine[] {
  return lines
    .filter((line) => Types.ObjectId.isValid(line._id) && Types.ObjectId.isValid(line.product))
    .map((line) => ({
      _id: new Types.ObjectId(line._id),
      product: new Types.ObjectId(line.product),
      counts: line.counts,
      aggregatedWeight: { quantity: 0, unit: 'LB' },
      aggregatedPrice: { cents: 0, currency: 'USD' },
      ...(line.customizations ? { customizations: { ...line.customizations } } : {}),
    }));
}

export function storedLinesToGuest(lines: readonly StoredCartLine[]): GuestCartLine[] {
  return lines.map((line) => ({
    _id: String(line._id),
    product: String(line.product),
    counts: line.counts,
    ...(line.customizations ? { customizations: { ...line.customizations } } : {}),
  }));
}

declare module 'express-session' {
  interface SessionData {
    /** A guest's cart; gone from the session once merged into an account at login. */
    guestCart: GuestCart;
  }
}
