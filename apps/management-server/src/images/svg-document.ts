/**
 * Whether stored bytes are an SVG document (the demo catalogue's generated illustrations). Only
 * ever used when serving: uploads stay raster-only, so an SVG in the store was written by us.
 */
export function isSvgDocument(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^(?:<\?xml[^>]*\?>\s*)?<svg[\s>]/.test(head);
}

export const SVG_CONTENT_TYPE = 'image/svg+xml';

/**
 * Sent with every image: a browser that opens an image URL directly gets a document that can
 * load nothing and run nothing (an SVG's scripts and external references are blocked), and may
 * not second-guess the declared type.
 */
export const IMAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
