import type { ProductDetail } from '@aneis/contracts';
import type { ShopModels } from '@aneis/data';
import { NotFound } from '@aneis/errors';
import { toProductDetail, type DetailRow } from './product-views.js';
import { VISIBLE_PRODUCT } from './search-products.js';

/** One visible product with its category and tariff; 404 when missing, inactive or deleted. */
export async function productDetails(
  models: ShopModels,
  productId: string,
): Promise<ProductDetail> {
  return visibleProduct(models, { _id: productId });
}

/** The same by the product's current slug (a former slug is the page's redirect, not this). */
export async function productDetailsBySlug(
  models: ShopModels,
  slug: string,
): Promise<ProductDetail> {
  return visibleProduct(models, { slug });
}

async function visibleProduct(
  models: ShopModels,
  filter: { _id: string } | { slug: string },
): Promise<ProductDetail> {
  const row = await models.Product.findOne({ ...filter, ...VISIBLE_PRODUCT })
    .populate('category', '_id category subcategory slug')
    .populate('tariff', '_id name rates')
    .lean<DetailRow>();
  if (!row) throw new NotFound();
  return toProductDetail(row);
}
