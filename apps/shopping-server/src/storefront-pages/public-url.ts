/** A scheme at the start (`https:`, `javascript:`, `data:`…): the text is not a path. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** URL parsers drop tabs and newlines anywhere (`java\tscript:`): so does the scheme check. */
function withoutControls(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  return raw.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/**
 * An image address as the catalogue may hold it, made publishable: `https://…` as it is, a
 * path (`/images/a.webp`, `images/a.webp`) as an address on `origin`. Search engines and link
 * previews fetch it from elsewhere, so only an absolute http(s) address is ever given out:
 * `javascript:`, `data:`, `file:` and the like give undefined, and so does a "path" such as
 * `/\evil.example/a` that a URL parser would move to another host.
 */
export function publicHttpUrl(raw: string, origin: string): string | undefined {
  const text = withoutControls(raw);
  if (text === '') return undefined;
  const relative = !SCHEME.test(text) && !text.startsWith('//');
  let url: URL;
  try {
    url = relative ? new URL(`/${text.replace(/^\/+/, '')}`, origin) : new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (relative && url.origin !== new URL(origin).origin) return undefined;
  return url.href;
}

/**
 * How a page keeps an image before it knows its origin: an absolute http(s) address as it is,
 * a path from the root (`images/a` becomes `/images/a`, so a page under `/shopping/anel/` does
 * not read it as `/shopping/anel/images/a`); anything else is dropped (undefined).
 */
export function storedImagePath(raw: string): string | undefined {
  const text = withoutControls(raw);
  if (/^https?:\/\//i.test(text)) return publicHttpUrl(text, 'http://unused.invalid');
  if (text === '' || SCHEME.test(text) || text.startsWith('//')) return undefined;
  const path = `/${text.replace(/^\/+/, '')}`;
  return publicHttpUrl(path, 'http://unused.invalid') === undefined ? undefined : path;
}
