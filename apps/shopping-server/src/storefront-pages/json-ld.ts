/** What a product page tells search engines about the product (schema.org `Product`). */
export interface ProductFacts {
  name: string;
  description: string;
  url: string;
  images: readonly string[];
  /** Whole cents, in `currency`. */
  priceCents: number;
  currency: string;
  inStock: boolean;
  sku?: string;
  brand?: string;
}

/** schema.org `Product` with one `Offer`, as Google's product rich results read it. */
export function productJsonLd(product: ProductFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    url: product.url,
    ...(product.images.length > 0 ? { image: [...product.images] } : {}),
    ...(product.sku ? { sku: product.sku } : {}),
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand } } : {}),
    offers: {
      '@type': 'Offer',
      url: product.url,
      price: (product.priceCents / 100).toFixed(2),
      priceCurrency: product.currency,
      availability: product.inStock
        ? 'https://schema.org/InStock'
        : 'https://schema.org/OutOfStock',
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
