import { createHash } from 'node:crypto';
import type { GuestCartLine } from './guest-cart.js';
import { sameChoices } from './merge-cart.js';

/**
 * What a guest added to their cart after a sign-up gave it to the new account: per product and
 * choices, the units beyond those the account got. Lines lowered or removed since add nothing
 * (the account keeps what it was given; the shopper edits it there).
 */
export function addedSince(
  now: readonly GuestCartLine[],
  then: readonly GuestCartLine[],
): GuestCartLine[] {
  return now.flatMap((line) => {
    const before = then.find(
      (old) => old.product === line.product && sameChoices(old.customizations, line.customizations),
    );
    const counts = line.counts - (before?.counts ?? 0);
    return counts > 0 ? [{ ...line, counts }] : [];
  });
}

/**
 * The merge id of such additions: derived from the cart id and what is added, so two logins
 * racing with the same session compute the same id and the account takes the additions once.
 */
export function additionsId(cartId: string, added: readonly GuestCartLine[]): string {
  const digest = createHash('sha256')
    .update(
      JSON.stringify(
        added.map(({ product, counts, customizations }) => [product, counts, customizations ?? {}]),
      ),
    )
    .digest('hex')
    .slice(0, 16);
  return `${cartId}+${digest}`;
}
