import type { CustomerDoc } from '@aneis/data';
import type { Logger } from '@aneis/logging';
import type { GuestCartSession } from './cart-holder.js';
import type { CartDeps } from './cart-operations.js';
import { additionsId, addedSince } from './guest-cart-delta.js';
import { mergeGuestCart } from './merge-guest-cart.js';

/**
 * At login: the session's guest cart joins the account's cart before the session id is
 * regenerated (the new session starts without it: the cart now lives on the account). Answers
 * the account as it is after the merge. A failed merge fails the login, leaving the guest
 * session and its cart untouched for the next attempt.
 */
export async function mergeCartAtLogin(
  deps: CartDeps,
  session: GuestCartSession | undefined,
  customer: CustomerDoc,
): Promise<CustomerDoc> {
  const guestCart = session?.guestCart;
  if (!guestCart || guestCart.lines.length === 0) return customer;
  const { adopted } = guestCart;
  if (adopted && adopted.accountId === String(customer._id)) {
    // This account got the cart at sign-up: only what the guest added since is new to it.
    const added = addedSince(guestCart.lines, adopted.lines);
    if (added.length === 0) return customer;
    const merge = { id: additionsId(guestCart.id, added), lines: added };
    return (await mergeGuestCart(deps, customer._id, merge)) ?? customer;
  }
  return (await mergeGuestCart(deps, customer._id, guestCart)) ?? customer;
}

/**
 * At sign-up (which does not log in: the e-mail is confirmed first): the new account adopts the
 * guest cart at once, so it is there when the shopper logs in, on this device or another. The
 * session keeps its copy for the storefront to show until then, marked as given to this account:
 * the login in this session then adds only what the guest added meanwhile, not the whole cart a
 * second time. The account is created whatever happens here: a failure is logged and the cart
 * still merges at login.
 */
export async function adoptCartAtSignup(
  deps: CartDeps & { logger: Logger },
  session: GuestCartSession | undefined,
  email: string,
): Promise<void> {
  const guestCart = session?.guestCart;
  if (!guestCart || guestCart.lines.length === 0) return;
  try {
    const account = await deps.models.Customer.findOne({ email }).select('_id').lean();
    if (!account) return;
    await mergeGuestCart(deps, account._id, guestCart);
    // Saved with the session at the end of this answer (the session exists: it holds the cart).
    guestCart.adopted = {
      accountId: String(account._id),
      lines: guestCart.lines.map((line) => ({ ...line })),
    };
  } catch (error) {
    deps.logger.warn('guest cart not adopted at sign-up; it merges at login', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
