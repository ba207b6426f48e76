import type {
  ProductDetail,
  StorefrontCategoryPage,
  StorefrontHomePage,
  StorefrontPageData,
} from '@aneis/contracts';
import { defineStore } from 'pinia';

/**
 * What the server read for the page it rendered (a product, a category's rings), kept in the
 * store state the browser starts from: the page shows it at once and does not fetch it again,
 * so the first render in the browser is the server's and hydrates it.
 */
export const usePageDataStore = defineStore('pageData', {
  state: () => ({
    productsById: {} as Record<string, ProductDetail>,
    productIdsBySlug: {} as Record<string, string>,
    categoryPages: {} as Record<string, StorefrontCategoryPage>,
    home: null as StorefrontHomePage | null,
  }),
  actions: {
    keep(data: StorefrontPageData) {
      const { product, category, home } = data;
      if (home) this.home = home;
      if (product) {
        this.productsById[product._id] = product;
        if (product.slug) this.productIdsBySlug[product.slug] = product._id;
      }
      if (category?.category.slug) this.categoryPages[category.category.slug] = category;
    },
    // Taken once in the browser: a later visit to the same page reads it fresh. The server keeps
    // it, since its state is sent to the browser after the render.
    takeProductIdForSlug(slug: string): string | undefined {
      const id = this.productIdsBySlug[slug];
      if (!import.meta.env.SSR) delete this.productIdsBySlug[slug];
      return id;
    },
    takeProduct(id: string): ProductDetail | undefined {
      const product = this.productsById[id];
      if (!import.meta.env.SSR) delete this.productsById[id];
      return product;
    },
    takeHome(): StorefrontHomePage | null {
      const home = this.home;
      if (!import.meta.env.SSR) this.home = null;
      return home;
    },
    takeCategoryPage(slug: string): StorefrontCategoryPage | undefined {
      const page = this.categoryPages[slug];
      if (!import.meta.env.SSR) delete this.categoryPages[slug];
      return page;
    },
  },
});
