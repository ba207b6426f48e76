import {
  type FeaturedSection,
  HOME_FEATURED_SECTION,
  catalogSearchBodySchema,
  CATEGORY_PAGE_LISTING,
  type Category,
  type ProductDetail,
  sanitizeDescriptionHtml,
  type StorefrontCategoryPage,
} from '@aneis/contracts';
import type { ShopModels } from '@aneis/data';
import { NotFound } from '@aneis/errors';
import { categoryList } from '../catalog/category-list.js';
import { featuredSection } from '../catalog/featured-section.js';
import { productDetailsBySlug } from '../catalog/product-details.js';
import { searchProducts } from '../catalog/search-products.js';
import type { ImageAddress } from './page-head.js';

/*
 * The data the storefront app renders a page from, read by the same functions that answer the
 * app's own API calls (getProductDetails, productCategoryList, search): the server's render and
 * the app's first render in the browser then show the same thing.
 */

const IMAGE_LISTS = ['thumbnailUrls', 'detailedImageUrls', 'featuredImageUrls'] as const;

/**
 * The product with only images a page may show, at the addresses the head and JSON-LD give
 * (the image store's, not the storefront's): the rendered HTML and its state carry no
 * `javascript:` or `data:` address from the catalogue, and the app shows them as they are.
 */
function withPageImages<T extends Partial<Record<(typeof IMAGE_LISTS)[number], string[]>>>(
  product: T,
  image: ImageAddress,
): T {
  const kept = { ...product };
  for (const list of IMAGE_LISTS) {
    const urls = product[list];
    if (urls) kept[list] = urls.flatMap((url) => image(url) ?? []) as T[typeof list];
  }
  return kept;
}

/** The home page's featured designs (the section the app asks /ui/featured for), or null. */
export async function homeAppData(
  models: ShopModels,
  image: ImageAddress,
): Promise<FeaturedSection | null> {
  try {
    const section = await featuredSection(models, HOME_FEATURED_SECTION);
    return {
      ...section,
      content: section.content.map((design) => ({
        ...design,
        products: design.products.map((product) => withPageImages(product, image)),
      })),
    };
  } catch (error) {
    // No home section set up yet: the app shows the page without designs, as it does then.
    if (error instanceof NotFound) return null;
    throw error;
  }
}

export function categoriesAppData(models: ShopModels): Promise<Category[]> {
  return categoryList(models);
}

/**
 * The product with its description already made safe: the app shows this very string on the
 * server and on its first render in the browser (DOMPurify needs a DOM the server has not), so
 * the description is in the page's HTML and no hostile markup reaches the HTML or its state.
 */
export async function productAppData(
  models: ShopModels,
  slug: string,
  image: ImageAddress,
): Promise<ProductDetail> {
  const product = withPageImages(await productDetailsBySlug(models, slug), image);
  return { ...product, details_html: sanitizeDescriptionHtml(product.details_html) };
}

export async function categoryAppData(
  models: ShopModels,
  slug: string,
  image: ImageAddress,
): Promise<StorefrontCategoryPage | null> {
  const category = (await categoryList(models)).find((row) => row.slug === slug);
  if (!category) return null;
  const found = await searchProducts(
    models,
    catalogSearchBodySchema.parse({ ...CATEGORY_PAGE_LISTING, categoryIds: [category._id] }),
  );
  return {
    category,
    products: found.docs.map((product) => withPageImages(product, image)),
    total: found.total,
  };
}
