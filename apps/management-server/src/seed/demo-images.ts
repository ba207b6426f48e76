import { createHash } from 'node:crypto';
import { productImageKey, type ImageKind } from '../images/image-keys.js';
import type { LocalImageStorage } from '../images/local-image-storage.js';
import type { DemoProductImages } from './demo-product-body.js';
import type { DemoProduct } from './demo-product.js';
import { ringIllustration, type RingView } from './illustration/ring-illustration.js';

/** 40 hex digits, the shape of our image keys' folder and file names, stable per input. */
function hexName(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Pixel sizes the SVGs declare: a card's thumbnail, the product page, the home page banner. */
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

/** Draws the product's pictures into the image folder and answers their live URLs. */
export async function writeDemoImages(
  storage: LocalImageStorage,
  product: DemoProduct,
): Promise<DemoProductImages & { written: number }> {
  const images = plannedImages(product);
  for (const image of images) {
    const svg = ringIllustration(
      { ...product.look, metal: product.metals[0] },
      { view: image.view, seed: product.sku, title: product.name, sizePx: SIZES[image.kind] },
    );
    await storage.write(image.key, Buffer.from(svg, 'utf8'));
  }
  const urlsOf = (kind: ImageKind) =>
    images.filter((image) => image.kind === kind).map((image) => storage.liveUrlOf(image.key));
  return {
    thumbnailUrls: urlsOf('thumbnails'),
    detailedImageUrls: urlsOf('detailed-images'),
    featuredImageUrls: urlsOf('featured-images'),
    written: images.length,
  };
}
