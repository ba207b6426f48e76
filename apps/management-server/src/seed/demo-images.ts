import { createHash } from 'node:crypto';
import { productImageKey, type ImageKind } from '../images/image-keys.js';
import type { LocalImageStorage } from '../images/local-image-storage.js';
import type { DemoProductImages } from './demo-product-body.js';
import type { DemoProduct } from './demo-product.js';
import type { RenderCache } from './illustration/render-cache.js';
import { svgToWebps } from './illustration/render-raster.js';
import { ringIllustration, type RingView } from './illustration/ring-illustration.js';

/** 40 hex digits, the shape of our image keys' folder and file names, stable per input. */
function hexName(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Pixel widths of the pictures: a card's thumbnail, the product page and the home page banner.
 * The storefront offers a thumbnail and its detailed image as one `srcset` (400w, 1200w).
 */
const SIZES: Record<ImageKind, number> = {
  thumbnails: 400,
  'detailed-images': 1200,
  'featured-images': 1200,
};

interface PlannedImage {
  kind: ImageKind;
  view: RingView;
  key: string;
}

/**
 * A product's pictures: the turned and the face-on view, each as a thumbnail and a detailed
 * image sharing a file name (the upload layout), and the banner. Keys derive from the SKU, so a
 * re-run writes the same files.
 */
export function plannedImages(product: DemoProduct): PlannedImage[] {
  const folder = hexName(`demo-catalogue:${product.sku}`);
  const views: RingView[] = ['turned', 'face-on'];
  const pairs = views.flatMap((view) => {
    const file = hexName(`${product.sku}:${view}`);
    return (['thumbnails', 'detailed-images'] as const).map((kind) => ({
      kind,
      view,
      key: productImageKey(folder, kind, file),
    }));
  });
  const banner = {
    kind: 'featured-images' as const,
    view: 'featured' as const,
    key: productImageKey(folder, 'featured-images', hexName(`${product.sku}:featured`)),
  };
  return [...pairs, banner];
}

/** The largest size: each view is drawn once at it, and the smaller sizes are scaled from it. */
const DRAWN_PX = Math.max(...Object.values(SIZES));

/** A product's pictures, drawn and encoded, not yet stored. */
export type RenderedImages = readonly { key: string; bytes: Buffer }[];

/** Each view's pictures: one drawing, as a WebP in every size a planned image of it needs. */
export async function renderDemoImages(
  product: DemoProduct,
  cache?: RenderCache,
): Promise<RenderedImages> {
  const images = plannedImages(product);
  const views = [...new Set(images.map((image) => image.view))];
  const perView = await Promise.all(
    views.map(async (view) => {
      const ofView = images.filter((image) => image.view === view);
      const widths = [...new Set(ofView.map((image) => SIZES[image.kind]))];
      const svg = ringIllustration(
        { ...product.look, metal: product.metals[0] },
        { view, seed: product.sku, title: product.name, sizePx: DRAWN_PX },
      );
      const webps = await svgToWebps(svg, widths, cache);
      return ofView.map((image) => ({
        key: image.key,
        bytes: webps[widths.indexOf(SIZES[image.kind])] as Buffer,
      }));
    }),
  );
  return perView.flat();
}

/** Stores a product's rendered pictures in the image folder and answers their live URLs. */
export async function writeDemoImages(
  storage: LocalImageStorage,
  product: DemoProduct,
  rendered: RenderedImages,
): Promise<DemoProductImages & { written: number }> {
  for (const { key, bytes } of rendered) await storage.write(key, bytes);
  const images = plannedImages(product);
  const urlsOf = (kind: ImageKind) =>
    images.filter((image) => image.kind === kind).map((image) => storage.liveUrlOf(image.key));
  return {
    thumbnailUrls: urlsOf('thumbnails'),
    detailedImageUrls: urlsOf('detailed-images'),
    featuredImageUrls: urlsOf('featured-images'),
    written: rendered.length,
  };
}
