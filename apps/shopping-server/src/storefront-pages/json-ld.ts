import type { StorefrontUrls } from './page-urls.js';
import type { CategoryPage, PageProduct } from './storefront-catalog.js';

/** One combination a shopper can buy (a ring size × metal): its own SKU, price and stock. */
export interface VariantOfferFacts {
  sku?: string;
  /** Whole cents: the product's price plus the price differences of the variant's values. */
  priceCents: number;
  inStock: boolean;
}

/** What a product page tells search engines about the product (schema.org `Product`). */
export interface ProductFacts {
  name: string;
  description: string;
  /** The product page's canonical address. */
  url: string;
  /** Public http(s) addresses (`productFacts` resolves the catalogue's paths at the image store). */
  images: readonly string[];
  /** Whole cents, in `currency`. */
  priceCents: number;
  currency: string;
  inStock: boolean;
  sku?: string;
  brand?: string;
  /** The variants on sale; with any, the offer is an `AggregateOffer` over them. */
  variants?: readonly VariantOfferFacts[];
}

const availability = (inStock: boolean) =>
  inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock';

const price = (cents: number) => (cents / 100).toFixed(2);

/**
 * A product with variants has no one price: its variants cost from the cheapest to the dearest.
 * Google's product rich results (product snippets) accept an `AggregateOffer` with
 * `lowPrice`/`highPrice`/`offerCount` and show it as a price range. An array of per-variant
 * `Offer`s would need an address per variant for Google's merchant listings (its `ProductGroup`
 * variant markup), which the storefront does not have: one page carries every size and metal.
 * The range is over the variants still on sale (what a shopper can buy now); when all are sold
 * out it is over all of them, marked OutOfStock.
 */
function offerOf(product: ProductFacts): Record<string, unknown> {
  const variants = product.variants ?? [];
  if (variants.length === 0) {
    return {
      '@type': 'Offer',
      url: product.url,
      price: price(product.priceCents),
      priceCurrency: product.currency,
      availability: availability(product.inStock),
    };
  }
  const onSale = variants.filter((variant) => variant.inStock);
  const counted = onSale.length > 0 ? onSale : variants;
  const cents = counted.map((variant) => variant.priceCents);
  return {
    '@type': 'AggregateOffer',
    url: product.url,
    lowPrice: price(Math.min(...cents)),
    highPrice: price(Math.max(...cents)),
    offerCount: counted.length,
    priceCurrency: product.currency,
    availability: availability(onSale.length > 0),
  };
}

/** schema.org `Product` as Google's product rich results read it (see `offerOf`). */
export function productJsonLd(product: ProductFacts): Record<string, unknown> {
  // Search engines fetch the pictures from elsewhere: only absolute http(s) addresses will do.
  const images = [...new Set(product.images.filter((image) => /^https?:\/\//i.test(image)))];
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    url: product.url,
    ...(images.length > 0 ? { image: images } : {}),
    ...(product.sku ? { sku: product.sku } : {}),
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand } } : {}),
    offers: offerOf(product),
  };
}

/** The facts of a product page as the catalogue read them, for `productJsonLd`. */
export function productFacts(
  product: PageProduct,
  urls: StorefrontUrls,
  description: string,
): ProductFacts {
  return {
    name: product.name,
    description,
    url: urls.product(product.slug),
    images: product.images.flatMap((image) => urls.image(image) ?? []),
    priceCents: product.priceCents,
    currency: product.currency,
    inStock: product.inStock,
    sku: product.sku,
    brand: product.brand,
    ...(product.variants ? { variants: product.variants } : {}),
  };
}

/**
 * A category page as schema.org reads it: a `CollectionPage` whose main entity is the
 * `ItemList` of the rings it lists, in its order, each by its page's address and name (Google's
 * summary-page form of a list: the details live on each product page).
 */
export function categoryJsonLd(page: CategoryPage, urls: StorefrontUrls): Record<string, unknown> {
  const url = urls.category(page.category.slug);
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: page.category.label,
    url,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: page.products.length,
      itemListElement: page.products.map((product, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: urls.product(product.slug),
        name: product.name,
      })),
    },
  };
}

/**
 * JSON that is safe inside `<script type="application/ld+json">`: `<`, `>` and `&` become
 * `\u003c`-style escapes (still the same JSON to a parser), so a name holding `</script>` or
 * `<!--` cannot end the element or open a comment, and U+2028/U+2029 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
