import { findVariant } from '@aneis/contracts';
import type { ProductDoc, ShopModels } from '@aneis/data';
import type { Types } from 'mongoose';
import { VISIBLE_PRODUCT } from '../catalog/search-products.js';

export type CartProductRow = Pick<
  ProductDoc,
  | '_id'
  | 'name'
  | 'brand'
  | 'store'
  | 'weight'
  | 'price'
  | 'thumbnailUrls'
  | 'stock'
  | 'customizationOptions'
  | 'variants'
>;

/** The visible products among `ids`, by id string; hidden or deleted ones are simply absent. */
export async function loadCartProducts(
  models: ShopModels,
  ids: readonly (string | Types.ObjectId)[],
): Promise<Map<string, CartProductRow>> {
  if (ids.length === 0) return new Map();
  const rows = await models.Product.find({ _id: { $in: ids }, ...VISIBLE_PRODUCT })
    .select('_id name brand store weight price thumbnailUrls stock customizationOptions variants')
    .lean<CartProductRow[]>();
  return new Map(rows.map((row) => [String(row._id), row]));
}

/** Units on hand for a line: its variant's when the product has variants, else the product's. */
export function lineStock(
  product: CartProductRow,
  choices: Readonly<Record<string, string>> | undefined,
): number | undefined {
  if ((product.variants?.length ?? 0) === 0) return product.stock;
  return findVariant(product, choices)?.stock ?? (product.stock === undefined ? undefined : 0);
}
