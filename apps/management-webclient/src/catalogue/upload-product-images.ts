import type { ManagementApi } from '@aneis/web-api';
import { imageTransport } from './image-transport.js';
import type { FeaturedSlot, ImageSlot, ProductImageUrls } from './product-draft.js';

export const THUMBNAIL_SIDE = 400;
export const DETAILED_SIDE = 1200;
export const FEATURED_SIDE = 1600;

/**
 * Uploads the new pictures (signed URLs from the server, then a PUT per file) and returns every
 * list in the order the admin arranged, stored pictures keeping their URLs.
 */
export async function uploadProductImages(
  api: ManagementApi,
  productId: string | undefined,
  images: readonly ImageSlot[],
  featured: readonly FeaturedSlot[],
): Promise<ProductImageUrls> {
  const newImages = images.filter((slot) => slot.kind === 'new');
  const newFeatured = featured.filter((slot) => slot.kind === 'new');
  const targets =
    newImages.length + newFeatured.length === 0
      ? { thumbnailUrls: [], detailedImageUrls: [], featuredImageUrls: [] }
      : await api.call('GET /catalog/getPresignedUrlsForCatalogImageUploads', {
          query: {
            ...(productId ? { productId } : {}),
            numberOfThumbnailAndDetailedImages: String(newImages.length),
            numberOfFeaturedImages: String(newFeatured.length),
          },
        });

  const { encode, put } = imageTransport();
  const result: ProductImageUrls = {
    thumbnailUrls: [],
    detailedImageUrls: [],
    featuredImageUrls: [],
  };
  let nextNew = 0;
  for (const slot of images) {
    if (slot.kind === 'stored') {
      result.thumbnailUrls.push(slot.thumbnailUrl);
      result.detailedImageUrls.push(slot.detailedUrl);
      continue;
    }
    const thumbnail = targets.thumbnailUrls[nextNew];
    const detailed = targets.detailedImageUrls[nextNew];
    nextNew += 1;
    if (!thumbnail || !detailed) throw new Error('the server gave fewer upload URLs than asked');
    await put(thumbnail.uploadUrl, await encode(slot.file, THUMBNAIL_SIDE));
    await put(detailed.uploadUrl, await encode(slot.file, DETAILED_SIDE));
    result.thumbnailUrls.push(thumbnail.liveUrl);
    result.detailedImageUrls.push(detailed.liveUrl);
  }
  let nextFeatured = 0;
  for (const slot of featured) {
    if (slot.kind === 'stored') {
      result.featuredImageUrls.push(slot.url);
      continue;
    }
    const target = targets.featuredImageUrls[nextFeatured];
    nextFeatured += 1;
    if (!target) throw new Error('the server gave fewer upload URLs than asked');
    await put(target.uploadUrl, await encode(slot.file, FEATURED_SIDE));
    result.featuredImageUrls.push(target.liveUrl);
  }
  return result;
}
