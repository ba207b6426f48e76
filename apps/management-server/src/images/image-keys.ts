import { randomBytes } from 'node:crypto';

export const IMAGE_KINDS = ['thumbnails', 'detailed-images', 'featured-images'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

/** `<folder>/<kind>/<file>` (40-hex names, as Veniqa's) or `permanent-thumbnails/<productId>`. */
const productImageKeyShape =
  /^[0-9a-f]{40}\/(?:thumbnails|detailed-images|featured-images)\/[0-9a-f]{40}$/;
const permanentThumbnailKey = /^permanent-thumbnails\/[0-9a-f]{24}$/;

export function isImageKey(key: string): boolean {
  return productImageKeyShape.test(key) || permanentThumbnailKey.test(key);
}

const keyInText =
  /(?<![0-9a-f])(?:[0-9a-f]{40}\/(?:thumbnails|detailed-images|featured-images)\/[0-9a-f]{40}|permanent-thumbnails\/[0-9a-f]{24})(?![0-9a-f])/g;

/**
 * Every image key written anywhere in `text`, whatever host or prefix surrounds it: a URL from
 * an older `PUBLIC_IMAGE_BASE_URL` or inside free-form text still keeps its image alive.
 */
export function imageKeysIn(text: string): string[] {
  return text.match(keyInText) ?? [];
}

export function randomImageName(): string {
  return randomBytes(20).toString('hex');
}

export function productImageKey(folder: string, kind: ImageKind, file: string): string {
  return `${folder}/${kind}/${file}`;
}

export function permanentThumbnailKeyOf(productId: string): string {
  return `permanent-thumbnails/${productId}`;
}

/** The folder of a product image key (`<folder>/<kind>/<file>`), if it is one. */
export function folderOf(key: string): string | undefined {
  return productImageKeyShape.test(key) ? key.split('/')[0] : undefined;
}
