import type { CategoryDoc } from '../models/category.js';

/** What a category's slug is made from: both levels, so "Alianças › Clássicas" and "Anéis de sinete › Clássicos" never meet. */
export function categorySlugName(category: Pick<CategoryDoc, 'category' | 'subcategory'>): string {
  return `${category.category} ${category.subcategory}`;
}
