/** A product's storefront address: its slug page, or its id page while it has no slug yet. */
export function productPath(product: { _id: string; slug?: string | undefined }): string {
  return product.slug
    ? `/anel/${encodeURIComponent(product.slug)}`
    : `/products/${encodeURIComponent(product._id)}`;
}
