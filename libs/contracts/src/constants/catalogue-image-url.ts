// WHATWG URL, in every browser and in Node: this library is built without either's typings.
interface ParsedUrl {
  href: string;
  protocol: string;
}
declare const URL: new (input: string, base?: string) => ParsedUrl;

/** A scheme at the start (`https:`, `javascript:`, `data:`…): the text is not a path. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** The image route's own prefix, as paths in the catalogue name it (`/images/<key>`). */
const IMAGE_ROUTE_PREFIX = /^images\//i;

/** URL parsers drop tabs and newlines anywhere (`java\tscript:`): so does the scheme check. */
function withoutControls(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  return raw.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/**
 * Where a catalogue image is fetched from: by the shop's pages, search engines and link
 * previews alike. The catalogue holds absolute http(s) addresses (given as they are) or paths
 * of the image store, `/images/<key>` as the management server's image route names them or the
 * bare `<key>`; both are `<imageBaseUrl>/<key>`, `imageBaseUrl` being where that route is
 * published (`PUBLIC_IMAGE_BASE_URL`, e.g. `https://management.example/images`). The storefront's
 * own origin serves no images, so a path is never read against it.
 *
 * Anything else gives undefined: `javascript:`, `data:`, `file:`, `//host/…`, a backslash (which
 * URL parsers read as a slash, `/\evil.example` being another host) and a path climbing out of
 * the image store (`../`).
 */
export function catalogueImageUrl(raw: string, imageBaseUrl: string): string | undefined {
  const text = withoutControls(raw);
  if (text === '' || text.includes('\\')) return undefined;
  if (SCHEME.test(text)) {
    let url: ParsedUrl;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  }
  if (text.startsWith('//')) return undefined;
  const base = `${imageBaseUrl.replace(/\/+$/, '')}/`;
  const key = text.replace(/^\/+/, '').replace(IMAGE_ROUTE_PREFIX, '');
  let url: ParsedUrl;
  try {
    url = new URL(key, base);
  } catch {
    return undefined;
  }
  return url.href.startsWith(new URL(base).href) && key !== '' ? url.href : undefined;
}
