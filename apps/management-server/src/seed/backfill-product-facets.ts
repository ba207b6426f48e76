import type { AddProductBody } from '@aneis/contracts';
import type { ShopModels } from '@aneis/data';
import { productFacets } from '../catalog/product-facets.js';

/** Products read per batch: a large catalogue is never held in memory at once. */
const BATCH = 200;

/**
 * Files products saved before the storefront's filters existed under their metals and sizes,
 * from the options and attributes they already have (as a save would). Runs at every start and
 * only reads products without facets, so a second run changes nothing. Returns how many changed.
 */
export async function backfillProductFacets(shop: Pick<ShopModels, 'Product'>): Promise<number> {
  let changed = 0;
  for (;;) {
    const rows = await shop.Product.find({ facets: { $exists: false } })
      .select('_id customizationOptions custom_attributes')
      .limit(BATCH)
      .lean();
    if (rows.length === 0) return changed;
    const result = await shop.Product.bulkWrite(
      rows.map((row) => ({
        updateOne: {
          filter: { _id: row._id, facets: { $exists: false } },
          update: {
            $set: {
              facets: productFacets({
                customizationOptions:
                  row.customizationOptions as AddProductBody['customizationOptions'],
                custom_attributes: row.custom_attributes,
              }),
            },
          },
        },
      })),
    );
    changed += result.modifiedCount;
    // Nothing changed means another replica is filing the same rows: leave them to it.
    if (result.modifiedCount === 0) return changed;
  }
}
