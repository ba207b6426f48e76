import type { ShopModels } from '@aneis/data';
import { Conflict } from '@aneis/errors';

/**
 * Records that a provider payment (a PaymentIntent, a Khalti transaction) paid `checkoutId`.
 * A payment can pay one checkout only: a second checkout presenting it is refused. The owner
 * check in code works on every engine; the unique index backs it up on real MongoDB.
 */
export async function claimPaymentOnce(
  models: ShopModels,
  key: string,
  checkoutId: string,
): Promise<void> {
  const claim = await models.IdempotencyKey.findOneAndUpdate(
    { key },
    { $setOnInsert: { key, owner: checkoutId, createdAt: new Date() } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  if (claim?.owner.startsWith(GIVEN_BACK)) {
    throw new Conflict('This payment was refunded; please pay again');
  }
  if (claim && claim.owner !== checkoutId) {
    throw new Conflict('This payment has already been used for another order');
  }
}

const GIVEN_BACK = 'given-back:';

/** After a refund the payment can pay nothing any more, not even the checkout it was for. */
export async function markPaymentGivenBack(
  models: ShopModels,
  key: string,
  checkoutId: string,
): Promise<void> {
  await models.IdempotencyKey.updateOne({ key }, { $set: { owner: `${GIVEN_BACK}${checkoutId}` } });
}
