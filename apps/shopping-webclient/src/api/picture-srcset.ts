import { assetUrl } from './asset-url.js';

/**
 * The widths of a product picture's two stored sizes (the demo catalogue draws them so; Veniqa's
 * layout keeps a thumbnail and a detailed image per picture, in the same order).
 */
export const THUMBNAIL_WIDTH = 400;
export const DETAILED_WIDTH = 1200;

/**
 * A `srcset` offering a picture's thumbnail and detailed image by width, so a small card on a
 * phone loads the small file and a large or dense screen the large one. Undefined when there is
 * only one file (the browser then uses `src`).
 */
export function pictureSrcset(
  thumbnail: string | undefined,
  detailed: string | undefined,
  imageBaseUrl?: string,
): string | undefined {
  const small = assetUrl(thumbnail, imageBaseUrl);
  const large = assetUrl(detailed, imageBaseUrl);
  if (!small || !large || small === large) return undefined;
  return `${small} ${THUMBNAIL_WIDTH}w, ${large} ${DETAILED_WIDTH}w`;
}
