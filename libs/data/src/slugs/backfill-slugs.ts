import type { ShopModels } from '../models/register-models.js';
import { categorySlugName } from './category-slug-name.js';
import { slugFor } from './assign-slug.js';

export interface SlugBackfillReport {
  products: number;
  categories: number;
}

/**
 * Gives every product and category saved before slugs existed its slug. Safe at every start and
 * from both servers at once: a document that has a slug is not read, and one slugged by another
 * process meanwhile keeps the slug it got (the claims and the guarded write see to that).
 */
export async function backfillSlugs(
  models: Pick<ShopModels, 'Product' | 'Category' | 'SlugClaim'>,
): Promise<SlugBackfillReport> {
  const unslugged = { slug: { $exists: false } };
  const products = await models.Product.find(unslugged, { _id: 1, name: 1 })
    .sort({ _id: 1 })
    .lean();
  for (const product of products) {
    await slugFor(models.SlugClaim, models.Product, 'product', { _id: product._id }, product.name);
  }
  const categories = await models.Category.find(unslugged, {
    _id: 1,
    category: 1,
    subcategory: 1,
  })
    .sort({ _id: 1 })
    .lean();
  for (const category of categories) {
    await slugFor(
      models.SlugClaim,
      models.Category,
      'category',
      { _id: category._id },
      categorySlugName(category),
    );
  }
  return { products: products.length, categories: categories.length };
}
