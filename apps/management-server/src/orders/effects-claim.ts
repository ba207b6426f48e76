import { randomUUID } from 'node:crypto';
import type { Types } from 'mongoose';
import type { Services } from '../services.js';

/**
 * How long a sweeping instance may hold an order's owed effects: longer than finishing them
 * takes (Stripe's client gives up after about 30 s), short enough that work an instance died
 * holding is taken up again by the next sweep after that.
 */
export const EFFECTS_CLAIM_MS = 2 * 60 * 1000;

type ClaimDeps = Pick<Services, 'shop' | 'now'>;

/**
 * Takes the order's owed effects for this caller unless another instance holds a claim that has
 * not lapsed. One atomic write: of two sweeps reaching the same order, one gets it.
 * Returns the token to release it with, or undefined.
 */
export async function claimOwedEffects(
  deps: ClaimDeps,
  orderId: Types.ObjectId,
): Promise<string | undefined> {
  const token = randomUUID();
  const now = deps.now();
  const result = await deps.shop.Order.updateOne(
    {
      _id: orderId,
      $or: [{ effectsClaim: { $exists: false } }, { 'effectsClaim.until': { $lt: now } }],
    },
    { $set: { effectsClaim: { token, until: new Date(now.getTime() + EFFECTS_CLAIM_MS) } } },
  );
  return result.modifiedCount === 1 ? token : undefined;
}

/** Gives the claim up (only if still ours: a lapsed one may have been taken since). */
export async function releaseOwedEffects(
  deps: ClaimDeps,
  orderId: Types.ObjectId,
  token: string,
): Promise<void> {
  await deps.shop.Order.updateOne(
    { _id: orderId, 'effectsClaim.token': token },
    { $unset: { effectsClaim: 1 } },
  );
}
