import { unitPriceCents } from '@aneis/contracts';
import {
  SLUG_PATTERN,
  categorySlugName,
  slugOwner,
  type ProductDoc,
  type ShopModels,
} from '@aneis/data';
import { Types } from 'mongoose';
import type { VariantOfferFacts } from './json-ld.js';
import { storedImagePath } from './public-url.js';
import { VISIBLE_PRODUCT } from '../catalog/search-products.js';

/** A product as its page and the listings show it (plain data: it is cached as JSON). */
export interface PageProduct {
  id: string;
  slug: string;
  name: string;
  brand: string;
  descriptionHtml: string;
  priceCents: number;
  currency: string;
  /** Absolute http(s) addresses, or paths of the image store (`StorefrontUrls.image` publishes them). */
  images: string[];
  inStock: boolean;
  sku: string;
  category: PageCategory | null;
  /** Each size × metal with its own price, SKU and stock; absent when the product has none. */
  variants?: VariantOfferFacts[];
}

export interface PageCategory {
  slug: string;
  /** "Noivado · Solitário" */
  label: string;
}

export type Lookup<T> =
  | { kind: 'found'; page: T }
  /** The slug (or id) once named this; it now lives at `slug`. */
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' };

export interface CategoryPage {
  category: PageCategory;
  products: PageProduct[];
}

export interface HomePage {
  categories: PageCategory[];
  products: PageProduct[];
}

export interface SitemapEntries {
  products: { slug: string; lastmod: string }[];
  categories: { slug: string; lastmod: string | null }[];
}

/** How many rings a category or home page lists in its HTML; the app pages through the rest. */
export const LISTED_PRODUCTS = 48;

interface ProductRow {
  _id: Types.ObjectId;
  slug?: string;
  name: string;
  brand: string;
  store_sku: string;
  details_html: string;
  price: { cents: number; currency: string };
  thumbnailUrls: string[];
  featuredImageUrls: string[];
  detailedImageUrls: string[];
  stock?: number;
  customizationOptions?: ProductDoc['customizationOptions'];
  variants?: ProductDoc['variants'];
  category: { slug?: string; category: string; subcategory: string } | null;
}

const PRODUCT_FIELDS =
  '_id slug name brand store_sku details_html price thumbnailUrls featuredImageUrls detailedImageUrls stock customizationOptions variants category';

// Untracked stock (absent) is always available (see ProductDoc.stock).
const available = (stock: number | null | undefined) =>
  stock === undefined || stock === null || stock > 0;

/** Each variant's price is the product's plus its values' differences, as the cart charges it. */
function variantOffers(row: ProductRow): VariantOfferFacts[] | undefined {
  if (!row.variants || row.variants.length === 0) return undefined;
  return row.variants.map((variant) => ({
    ...(variant.sku ? { sku: variant.sku } : {}),
    priceCents: unitPriceCents(row.price.cents, row, variant.choices),
    inStock: available(variant.stock),
  }));
}

// A slugged product only: one without a slug has no page (the start-up backfill gives it one).
const LISTED = { ...VISIBLE_PRODUCT, slug: { $exists: true } };

function toPageCategory(row: { slug?: string; category: string; subcategory: string }) {
  return row.slug ? { slug: row.slug, label: `${row.category} · ${row.subcategory}` } : null;
}

function toPageProduct(row: ProductRow): PageProduct {
  const variants = variantOffers(row);
  // Paths stay paths here (the page publishes them at the image store's address); anything that
  // is neither a path nor an http(s) address (`javascript:`…) is dropped.
  const images = [...row.featuredImageUrls, ...row.detailedImageUrls, ...row.thumbnailUrls].flatMap(
    (url) => storedImagePath(url) ?? [],
  );
  return {
    id: String(row._id),
    slug: row.slug ?? '',
    name: row.name,
    brand: row.brand,
    descriptionHtml: row.details_html,
    priceCents: row.price.cents,
    currency: row.price.currency,
    images: [...new Set(images)],
    // With variants, the product is on sale while any of them is.
    inStock: variants ? variants.some((variant) => variant.inStock) : available(row.stock),
    sku: row.store_sku,
    category: row.category ? toPageCategory(row.category) : null,
    ...(variants ? { variants } : {}),
  };
}

function productQuery(models: ShopModels, filter: Record<string, unknown>) {
  return models.Product.find(filter)
    .select(PRODUCT_FIELDS)
    .populate('category', 'slug category subcategory')
    .lean<ProductRow[]>();
}

/** The product page named by `slug`, or where a former slug of it now points. */
export async function productPage(models: ShopModels, slug: string): Promise<Lookup<PageProduct>> {
  if (!SLUG_PATTERN.test(slug)) return { kind: 'missing' };
  const [row] = await productQuery(models, { ...LISTED, slug }).limit(1);
  if (row) return { kind: 'found', page: toPageProduct(row) };
  const owner = await slugOwner(models.SlugClaim, 'product', slug);
  return owner ? productMovedTo(models, owner) : { kind: 'missing' };
}

/** Where the product with this id (its old `/products/<id>` URL) lives now. */
export async function productById(models: ShopModels, id: string): Promise<Lookup<never>> {
  if (!Types.ObjectId.isValid(id) || !/^[0-9a-f]{24}$/i.test(id)) return { kind: 'missing' };
  return productMovedTo(models, new Types.ObjectId(id));
}

async function productMovedTo(models: ShopModels, id: Types.ObjectId): Promise<Lookup<never>> {
  const product = await models.Product.findOne({ _id: id, ...LISTED }, { slug: 1 }).lean();
  return product?.slug ? { kind: 'moved', slug: product.slug } : { kind: 'missing' };
}

/** A category's page: its label and its newest rings. */
export async function categoryPage(
  models: ShopModels,
  slug: string,
): Promise<Lookup<CategoryPage>> {
  if (!SLUG_PATTERN.test(slug)) return { kind: 'missing' };
  const category = await models.Category.findOne({ slug }).lean();
  if (!category) {
    const owner = await slugOwner(models.SlugClaim, 'category', slug);
    const current = owner ? await models.Category.findById(owner, { slug: 1 }).lean() : null;
    return current?.slug ? { kind: 'moved', slug: current.slug } : { kind: 'missing' };
  }
  const rows = await productQuery(models, { ...LISTED, category: category._id })
    .sort({ 'auditLog.createdOn': -1, _id: -1 })
    .limit(LISTED_PRODUCTS);
  return {
    kind: 'found',
    page: {
      category: toPageCategory(category) ?? {
        slug,
        label: categorySlugName(category),
      },
      products: rows.map(toPageProduct),
    },
  };
}

/** The home page: every category and the newest rings. */
export async function homePage(models: ShopModels): Promise<HomePage> {
  const categories = await models.Category.find({ slug: { $exists: true } })
    .sort({ category: 1, subcategory: 1 })
    .lean();
  const rows = await productQuery(models, LISTED)
    .sort({ 'auditLog.createdOn': -1, _id: -1 })
    .limit(LISTED_PRODUCTS);
  return {
    categories: categories.flatMap((row) => toPageCategory(row) ?? []),
    products: rows.map(toPageProduct),
  };
}

/** Every page the sitemap lists: each visible product and each category, with its last change. */
export async function sitemapEntries(models: ShopModels): Promise<SitemapEntries> {
  const products = await models.Product.find(LISTED, {
    slug: 1,
    category: 1,
    'auditLog.updatedOn': 1,
  }).lean<{ slug?: string; category: Types.ObjectId; auditLog: { updatedOn: Date } }[]>();
  const latestByCategory = new Map<string, Date>();
  for (const product of products) {
    const key = String(product.category);
    const updated = product.auditLog.updatedOn;
    const known = latestByCategory.get(key);
    if (!known || updated > known) latestByCategory.set(key, updated);
  }
  const categories = await models.Category.find({ slug: { $exists: true } }, { slug: 1 }).lean();
  return {
    products: products.map((p) => ({
      slug: p.slug ?? '',
      lastmod: p.auditLog.updatedOn.toISOString(),
    })),
    categories: categories.map((c) => ({
      slug: c.slug ?? '',
      lastmod: latestByCategory.get(String(c._id))?.toISOString() ?? null,
    })),
  };
}
