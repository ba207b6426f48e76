import type { PresignedUrlsQuery, PresignedUrlsResponse } from '@aneis/contracts';
import type { Services } from '../services.js';
import { folderOf, productImageKey, randomImageName } from './image-keys.js';

/**
 * Upload targets for a product's images. A thumbnail and its detailed image share a file name;
 * a product that already has images keeps its folder (Veniqa's layout).
 */
export async function presignImageUploads(
  deps: Pick<Services, 'shop' | 'images'>,
  query: PresignedUrlsQuery,
): Promise<PresignedUrlsResponse> {
  let folder: string | undefined;
  if (query.productId !== undefined) {
    const product = await deps.shop.Product.findById(query.productId)
      .select('detailedImageUrls')
      .lean();
    const first = product?.detailedImageUrls[0];
    const key = first === undefined ? undefined : deps.images.keyOf(first);
    folder = key === undefined ? undefined : folderOf(key);
  }
  folder ??= randomImageName();
  const thumbnailUrls = [];
  const detailedImageUrls = [];
  for (let i = 0; i < query.numberOfThumbnailAndDetailedImages; i += 1) {
    const file = randomImageName();
    thumbnailUrls.push(await deps.images.uploadTarget(productImageKey(folder, 'thumbnails', file)));
    detailedImageUrls.push(
      await deps.images.uploadTarget(productImageKey(folder, 'detailed-images', file)),
    );
  }
  const featuredImageUrls = [];
  for (let i = 0; i < query.numberOfFeaturedImages; i += 1) {
    featuredImageUrls.push(
      await deps.images.uploadTarget(productImageKey(folder, 'featured-images', randomImageName())),
    );
  }
  return { thumbnailUrls, detailedImageUrls, featuredImageUrls };
}
