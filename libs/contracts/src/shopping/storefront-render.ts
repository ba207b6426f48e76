import type { StorefrontLanguage } from '../constants/storefront-render.js';
import type { Category } from '../model/category.js';
import type { FeaturedSection } from '../model/featured.js';
import type { ProductDetail } from '../model/product.js';
import type { ProductSummary } from '../model/product-summaries.js';

/**
 * The storefront's server-side renderer as the shopping server sees it: the webclient builds it
 * (`vite build --ssr`), the server loads the built module at run time and calls `render`. The
 * server stays free of the app's router, stores and components; this is all it knows.
 */

/** A category page's data, as the app shows it: the category and its newest rings. */
export interface StorefrontCategoryPage {
  category: Category;
  products: ProductSummary[];
  /** How many rings the category has in all (the page shows the first ones). */
  total: number;
}

/** The home page's data: its featured designs, or null when the shop has set none up. */
export interface StorefrontHomePage {
  featured: FeaturedSection | null;
}

/** What the server already read for the page, handed to the app so it does not fetch it. */
export interface StorefrontPageData {
  /** `/anel/<slug>`: the product as getProductDetails answers. */
  product?: ProductDetail;
  /** `/`: the home page */
  home?: StorefrontHomePage;
  /** `/categoria/<slug>` */
  category?: StorefrontCategoryPage;
  /** Every category, as productCategoryList answers: the footer links each one's page. */
  categories?: Category[];
}

/**
 * The logged-in shopper as the page's header shows them, so the server's HTML already greets
 * them instead of offering the login link; nothing else about the account goes into a page.
 */
export interface StorefrontViewer {
  name: string;
}

export interface StorefrontRenderRequest {
  /** The app's own path and query (without the `/shopping` base): `/anel/solitario-aurora`. */
  url: string;
  language: StorefrontLanguage;
  /** `https://host` the shopper's browser shows: the app derives its API address from it. */
  pageOrigin: string;
  data: StorefrontPageData;
  /** Who is logged in, or null for a visitor: the page is then that shopper's own. */
  viewer: StorefrontViewer | null;
}

export interface StorefrontRenderResult {
  /** The markup of the app's mount point (what goes inside `<div id="app">`). */
  html: string;
  /** The app's store state as JSON, for the browser to start from (not yet escaped for HTML). */
  state: string;
}

/** The module `vite build --ssr` makes of the webclient's entry-server.ts. */
export interface StorefrontRenderer {
  render(request: StorefrontRenderRequest): Promise<StorefrontRenderResult>;
}
