import { createHash } from 'node:crypto';
import sharp, { type OutputInfo } from 'sharp';
import { cachedRender, type RenderCache } from './render-cache.js';

// No libvips operation cache: every picture is drawn once, and the seed runs beside the servers.
sharp.cache(false);

/** Good enough for a gradient illustration at a fraction of a PNG's size; effort 2 halves the time. */
const WEBP = { quality: 82, effort: 2 } as const;

/** Bump when the output of the same SVG changes (settings, method), so cached renders are not reused. */
const RENDER_VERSION = 1;

function renderKey(svg: string, width: number): string {
  return createHash('sha256')
    .update(
      `${RENDER_VERSION}|webp:${WEBP.quality}:${WEBP.effort}|vips:${sharp.versions.vips}|${width}|`,
    )
    .update(svg)
    .digest('hex');
}

/**
 * The SVG drawn once at the size it declares, then as a WebP at each of `widths` (square
 * pictures), in that order: the same picture in the sizes a `srcset` offers. Uploads accept
 * rasters only (an SVG can carry script), and Veniqa's admin downloads and re-uploads every
 * picture of a product it saves, so the demo catalogue must be raster for that client.
 */
export async function svgToWebps(
  svg: string,
  widths: readonly number[],
  cache?: RenderCache,
): Promise<Buffer[]> {
  let drawn: Promise<{ data: Buffer; info: OutputInfo }> | undefined;
  const draw = () =>
    (drawn ??= sharp(Buffer.from(svg, 'utf8')).raw().toBuffer({ resolveWithObject: true }));
  return Promise.all(
    widths.map((width) =>
      cachedRender(cache, renderKey(svg, width), async () => {
        const { data, info } = await draw();
        const image = sharp(data, { raw: info });
        const sized = info.width === width ? image : image.resize(width, width);
        return sized.webp(WEBP).toBuffer();
      }),
    ),
  );
}
