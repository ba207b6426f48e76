import type { ShopModels } from '@aneis/data';
import type { Connection } from 'mongoose';
import { referenceDefaults } from './reference-defaults.js';

/** Marks, in the `migrations` collection, that this one-off change has been made. */
const MIGRATION_ID = 'veniqa-carrier-codes';

/**
 * Shops seeded before Amazon joined the default carriers lack the `AMAZON` code Veniqa's admin
 * offers as a shipment provider. It is added once, at the first start of a release that knows
 * it (a marker records that), so a manager who later deletes it does not see it come back.
 * Returns the carrier codes added.
 */
export async function backfillVeniqaCarriers(
  shop: Pick<ShopModels, 'Carrier'>,
  connection: Connection,
): Promise<string[]> {
  const migrations = connection.collection<{ name: string; appliedAt: Date }>('migrations');
  if (await migrations.findOne({ name: MIGRATION_ID })) return [];
  const added: string[] = [];
  for (const carrier of referenceDefaults.carriers.filter((c) => c.code === 'AMAZON')) {
    if (await shop.Carrier.exists({ code: carrier.code })) continue;
    await shop.Carrier.create({ ...carrier, active: true });
    added.push(carrier.code);
  }
  await migrations.updateOne(
    { name: MIGRATION_ID },
    { $setOnInsert: { appliedAt: new Date() } },
    { upsert: true },
  );
  return added;
}
