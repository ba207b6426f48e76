import type { Category } from '@aneis/contracts';
import type { ShopModels } from '@aneis/data';

export async function categoryList(models: ShopModels): Promise<Category[]> {
  const rows = await models.Category.find().sort({ category: 1, subcategory: 1 }).lean();
  return rows.map((row) => ({
    _id: String(row._id),
    category: row.category,
    subcategory: row.subcategory,
    ...(row.slug === undefined ? {} : { slug: row.slug }),
  }));
}
