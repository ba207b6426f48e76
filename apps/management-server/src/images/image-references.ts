import type { ShopModels } from '@aneis/data';
import { imageKeysIn, permanentThumbnailKeyOf } from './image-keys.js';

export type ReferenceModels = Pick<
  ShopModels,
  'Product' | 'Order' | 'Checkout' | 'FeaturedSection'
>;

export interface ImageReferences {
  /** Keys something still shows. */
  keys: Set<string>;
  /** Products seen, deleted ones included: zero on a full scan means a suspicious database. */
  products: number;
}

const IMAGE_FIELDS = ['thumbnailUrls', 'detailedImageUrls', 'featuredImageUrls'] as const;

/** Snapshots in orders are schemaless (`Mixed`), so nothing about their shape is taken for granted. */
interface ProductLike {
  _id?: unknown;
  deleted?: unknown;
  thumbnailUrls?: unknown;
  detailedImageUrls?: unknown;
  featuredImageUrls?: unknown;
}

interface OrderLike {
  cart?: { items?: { product?: ProductLike }[] };
}

function addImagesOf(product: ProductLike, keys: Set<string>): void {
  for (const field of IMAGE_FIELDS) {
    const urls = product[field];
    if (!Array.isArray(urls)) continue;
    for (const url of urls) {
      if (typeof url === 'string') for (const key of imageKeysIn(url)) keys.add(key);
    }
  }
}

/**
 * A product's permanent thumbnail outlives it (order pages), so it stays while the product
 * document or any order line of it exists; only one whose product was never saved is an orphan.
 */
function addPermanentThumbnailOf(product: ProductLike, keys: Set<string>): void {
  if (product._id !== undefined && product._id !== null) {
    keys.add(permanentThumbnailKeyOf(String(product._id)));
  }
}

/**
 * The image keys still in use: the images of every product that is not deleted, everything an
 * order or a pending checkout shows (their product snapshots), image keys anywhere in a featured
 * section's free-form config, and the permanent thumbnails of products that exist.
 *
 * With `changedSince`, only products, orders and checkouts updated since then are read (the
 * quick look again right before a deletion); featured sections carry no timestamp and are few,
 * so they are always read in full.
 */
export async function collectImageReferences(
  shop: ReferenceModels,
  changedSince?: Date,
): Promise<ImageReferences> {
  const filter = changedSince ? { 'auditLog.updatedOn': { $gte: changedSince } } : {};
  const keys = new Set<string>();
  let products = 0;

  const productCursor = shop.Product.find(filter)
    .select(['_id', 'deleted', ...IMAGE_FIELDS])
    .lean<ProductLike>()
    .cursor();
  for await (const product of productCursor) {
    products += 1;
    addPermanentThumbnailOf(product, keys);
    if (product.deleted !== true) addImagesOf(product, keys);
  }

  // Checkouts become orders with the same snapshots; both are shown to shoppers. Whole lines
  // are read: the embedded engine projects `cart.items.product` into an object, not an array.
  const snapshotCursors = [
    () => shop.Order.find(filter).select('cart.items').lean<OrderLike>().cursor(),
    () => shop.Checkout.find(filter).select('cart.items').lean<OrderLike>().cursor(),
  ];
  for (const openCursor of snapshotCursors) {
    for await (const document of openCursor()) {
      for (const line of document.cart?.items ?? []) {
        if (!line.product) continue;
        addPermanentThumbnailOf(line.product, keys);
        addImagesOf(line.product, keys);
      }
    }
  }

  const sections = await shop.FeaturedSection.find().select('content').lean();
  for (const section of sections) {
    for (const entry of section.content) {
      for (const value of Object.values(entry.config)) {
        if (typeof value === 'string') for (const key of imageKeysIn(value)) keys.add(key);
      }
    }
  }
  return { keys, products };
}
