import type { Category } from '@aneis/contracts';
import { defineStore } from 'pinia';
import { useShoppingApi } from '../api/shopping-api.js';

export interface CategoryGroup {
  category: string;
  subcategories: Category[];
}

/** Groups `{ category, subcategory }` rows by category, both sorted by name. */
export function groupCategories(rows: readonly Category[], locale = 'pt'): CategoryGroup[] {
  const groups = new Map<string, Category[]>();
  for (const row of rows) {
    const list = groups.get(row.category) ?? [];
    list.push(row);
    groups.set(row.category, list);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, locale);
  return [...groups.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([category, subcategories]) => ({
      category,
      subcategories: subcategories.sort((a, b) => byName(a.subcategory, b.subcategory)),
    }));
}

/** The list being fetched: the footer, the cards and the search page ask at once, it comes once. */
let pending: Promise<Category[]> | undefined;

/** The category row a search result's `{ category, subcategory }` label names. */
export function categoryNamed(
  rows: readonly Category[] | null,
  label: { category: string; subcategory: string },
): Category | undefined {
  return rows?.find(
    (row) => row.category === label.category && row.subcategory === label.subcategory,
  );
}

export const useCategoriesStore = defineStore('categories', {
  state: () => ({ categories: null as Category[] | null }),
  getters: {
    groups: (state) => groupCategories(state.categories ?? []),
  },
  actions: {
    async load() {
      if (this.categories) return;
      pending ??= useShoppingApi()
        .call('GET /ui/productCategoryList')
        .finally(() => {
          pending = undefined;
        });
      this.categories = await pending;
    },
  },
});
