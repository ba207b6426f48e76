import type { ShopModels } from '@aneis/data';
import { referenceDefaults, VENIQA_SHIPPING_IDS } from './reference-defaults.js';

/**
 * Gives shipping methods from before aliases existed the aliases of `referenceDefaults`, so a
 * shop created earlier also takes Veniqa's storefront ids at checkout. Runs at every start and
 * only touches rows whose `aliases` was never set: a manager's edits (an emptied list included)
 * are never overwritten. Returns how many rows it changed.
 *
 * 1. A row with a default code gets that default's aliases.
 * 2. Veniqa's storefront ships abroad (Nepal, Bangladesh): when no method serving every
 *    country carries one of its ids yet, the cheapest such method still unset gets all three
 *    (shops whose methods have other codes).
 * 3. Every row still unset gets an empty list, which marks it as done.
 */
export async function backfillShippingAliases(shop: Pick<ShopModels, 'ShippingMethod'>) {
  const unset = { aliases: { $exists: false } };
  let changed = 0;
  for (const method of referenceDefaults.shippingMethods) {
    const result = await shop.ShippingMethod.updateOne(
      { code: method.code, ...unset },
      { $set: { aliases: method.aliases } },
    );
    changed += result.modifiedCount;
  }
  for (const alias of Object.values(VENIQA_SHIPPING_IDS)) {
    if (await shop.ShippingMethod.exists({ aliases: alias, countries: [] })) continue;
    const everywhere = await shop.ShippingMethod.findOne({ ...unset, active: true, countries: [] })
      .sort({ 'price.cents': 1 })
      .lean();
    if (!everywhere) continue;
    const result = await shop.ShippingMethod.updateOne(
      { _id: everywhere._id, ...unset },
      { $set: { aliases: Object.values(VENIQA_SHIPPING_IDS) } },
    );
    changed += result.modifiedCount;
  }
  const rest = await shop.ShippingMethod.updateMany(unset, { $set: { aliases: [] } });
  return changed + rest.modifiedCount;
}
