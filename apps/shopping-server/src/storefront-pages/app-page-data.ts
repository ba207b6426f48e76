import {
  catalogSearchBodySchema,
  CATEGORY_PAGE_LISTING,
  type ProductDetail,
  type StorefrontCategoryPage,
} from '@aneis/contracts';
import type { ShopModels } from '@aneis/data';
import { categoryList } from '../catalog/category-list.js';
import { productDetailsBySlug } from '../catalog/product-details.js';
import { searchProducts } from '../catalog/search-products.js';

/*
 * The data the storefront app renders a page from, read by the same functions that answer the
 * app's own API calls (getProductDetails, productCategoryList, search): the server's render and
 * the app's first render in the browser then show the same thing.
 */

export function productAppData(models: ShopModels, slug: string): Promise<ProductDetail> {
  return productDetailsBySlug(models, slug);
}

export async function categoryAppData(
  models: ShopModels,
  slug: string,
): Promise<StorefrontCategoryPage | null> {
  const category = (await categoryList(models)).find((row) => row.slug === slug);
  if (!category) return null;
  const found = await searchProducts(
    models,
    catalogSearchBodySchema.parse({ ...CATEGORY_PAGE_LISTING, categoryIds: [category._id] }),
  );
  return { category, products: found.docs, total: found.total };
}
