import { permanentThumbnailKeyOf } from '../images/image-keys.js';
import type { Services } from '../services.js';

/**
 * Keeps a copy of the product's first thumbnail under `permanent-thumbnails/<productId>`: order
 * pages show it after the product's images change or the product is deleted. A failure is
 * logged and the product change stands (Veniqa answered 400 for a product it had saved).
 */
export async function refreshPermanentThumbnail(
  deps: Pick<Services, 'images' | 'logger'>,
  productId: string,
  thumbnailUrls: readonly string[],
): Promise<void> {
  const first = thumbnailUrls[0];
  const key = first === undefined ? undefined : deps.images.keyOf(first);
  if (key === undefined) return;
  try {
    await deps.images.copy(key, permanentThumbnailKeyOf(productId));
  } catch (error) {
    deps.logger.warn('permanent thumbnail not stored', {
      productId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
