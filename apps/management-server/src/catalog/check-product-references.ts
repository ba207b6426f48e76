import type { AddProductBody } from '@aneis/contracts';
import { BadInput } from '@aneis/errors';
import type { ShopModels } from '@aneis/data';

type ProductFields = Pick<
  AddProductBody,
  | 'category'
  | 'tariff'
  | 'store'
  | 'weight'
  | 'thumbnailUrls'
  | 'detailedImageUrls'
  | 'featuredImageUrls'
>;

/**
 * What zod cannot know: the category, tariff, store and weight unit must exist, and every image
 * must live on an allowed host (Veniqa hard-coded `s3.amazonaws.com`). All problems are reported
 * at once.
 */
export async function checkProductReferences(
  shop: Pick<ShopModels, 'Category' | 'Tariff' | 'Store' | 'WeightUnit'>,
  allowedImageHosts: readonly string[],
  product: ProductFields,
): Promise<void> {
  const [category, tariff, store, unit] = await Promise.all([
    shop.Category.exists({ _id: product.category }),
    shop.Tariff.exists({ _id: product.tariff }),
    shop.Store.exists({ name: product.store }),
    shop.WeightUnit.exists({ code: product.weight.unit }),
  ]);
  const problems: string[] = [];
  if (!category) problems.push(`category ${product.category} does not exist`);
  if (!tariff) problems.push(`tariff ${product.tariff} does not exist`);
  if (!store) problems.push(`store "${product.store}" is not a known store`);
  if (!unit) problems.push(`weight unit "${product.weight.unit}" is not a known unit`);
  const images = [
    ...product.thumbnailUrls,
    ...product.detailedImageUrls,
    ...product.featuredImageUrls,
  ];
  const foreign = images.filter((url) => !allowedImageHosts.includes(new URL(url).host));
  if (foreign.length > 0) {
    problems.push(
      `images must be hosted on ${allowedImageHosts.join(', ')}; refused: ${foreign.slice(0, 3).join(', ')}`,
    );
  }
  if (problems.length > 0) throw new BadInput(`Invalid product: ${problems.join('; ')}`);
}
