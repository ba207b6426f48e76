import type { FeaturedProduct, FeaturedSection } from '@aneis/contracts';
import type { ProductDoc, ShopModels } from '@aneis/data';
import { NotFound } from '@aneis/errors';
import { toMoney, toOptionalMoney } from '../money-view.js';
import { VISIBLE_PRODUCT } from './search-products.js';

type FeaturedRow = Pick<
  ProductDoc,
  | '_id'
  | 'name'
  | 'slug'
  | 'brand'
  | 'store'
  | 'marked_price'
  | 'price'
  | 'thumbnailUrls'
  | 'detailedImageUrls'
  | 'featuredImageUrls'
  | 'stock'
>;

function toFeaturedProduct(row: FeaturedRow): FeaturedProduct {
  const product: FeaturedProduct = {
    _id: String(row._id),
    name: row.name,
    brand: row.brand,
    store: row.store,
    price: toMoney(row.price),
    thumbnailUrls: row.thumbnailUrls,
    detailedImageUrls: row.detailedImageUrls,
    featuredImageUrls: row.featuredImageUrls,
  };
  const marked = toOptionalMoney(row.marked_price);
  if (marked) product.marked_price = marked;
  if (typeof row.stock === 'number') product.stock = row.stock;
  if (row.slug !== undefined) product.slug = row.slug;
  return product;
}

/** A featured section with its visible products (hidden or deleted ones are left out). */
export async function featuredSection(models: ShopModels, name: string): Promise<FeaturedSection> {
  const section = await models.FeaturedSection.findOne({ name }).lean();
  if (!section) throw new NotFound();
  const ids = section.content.flatMap((entry) => entry.products);
  const rows = await models.Product.find({ _id: { $in: ids }, ...VISIBLE_PRODUCT })
    .select(
      '_id name slug brand store marked_price price thumbnailUrls detailedImageUrls featuredImageUrls stock',
    )
    .lean<FeaturedRow[]>();
  const byId = new Map(rows.map((row) => [String(row._id), toFeaturedProduct(row)]));
  return {
    _id: String(section._id),
    name: section.name,
    content: section.content.map((entry) => ({
      products: entry.products.flatMap((id) => byId.get(String(id)) ?? []),
      config: entry.config as FeaturedSection['content'][number]['config'],
    })),
  };
}
