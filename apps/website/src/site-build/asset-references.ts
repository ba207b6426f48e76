import path from 'node:path';

/** Where each source asset went: `assets/styles.css` → `assets/styles.3f9a1c2b.css`. */
export type AssetRenames = ReadonlyMap<string, string>;

export interface RewriteResult {
  text: string;
  /** Local file references that point at nothing in the site: a typo the build must reject. */
  missing: string[];
}

const HTML_REFERENCE = /(\b(?:src|href)\s*=\s*)(["'])(.*?)\2/gi;
const CSS_REFERENCE = /(url\(\s*)(["']?)([^"')]*?)\2(\s*\))/gi;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Rewrites `src` and `href` attributes of hand-written HTML to the renamed assets. */
export function rewriteHtmlReferences(
  html: string,
  fromFile: string,
  renames: AssetRenames,
): RewriteResult {
  const missing: string[] = [];
  const text = html.replace(
    HTML_REFERENCE,
    (whole, prefix: string, quote: string, reference: string) => {
      const replacement = renamedReference(reference, fromFile, renames, missing);
      return replacement === undefined ? whole : `${prefix}${quote}${replacement}${quote}`;
    },
  );
  return { text, missing };
}

/** Rewrites `url(…)` in a stylesheet to the renamed assets. */
export function rewriteCssReferences(
  css: string,
  fromFile: string,
  renames: AssetRenames,
): RewriteResult {
  const missing: string[] = [];
  const text = css.replace(
    CSS_REFERENCE,
    (whole, open: string, quote: string, reference: string, close: string) => {
      const replacement = renamedReference(reference, fromFile, renames, missing);
      return replacement === undefined ? whole : `${open}${quote}${replacement}${quote}${close}`;
    },
  );
  return { text, missing };
}

function renamedReference(
  reference: string,
  fromFile: string,
  renames: AssetRenames,
  missing: string[],
): string | undefined {
  if (!isLocal(reference)) return undefined;
  const cut = reference.search(/[?#]/);
  const pathPart = cut === -1 ? reference : reference.slice(0, cut);
  const suffix = cut === -1 ? '' : reference.slice(cut);
  const target = resolveAgainst(pathPart, fromFile);
  const renamed = renames.get(target);
  if (renamed === undefined) {
    // Links to other apps (`/shopping/`) or pages are fine; a named file that is not here is not.
    const extension = path.posix.extname(pathPart);
    if (extension !== '' && extension !== '.html') missing.push(reference);
    return undefined;
  }
  // Only the last segment changes, so absolute stays absolute and relative stays relative.
  const lastSlash = pathPart.lastIndexOf('/');
  return `${pathPart.slice(0, lastSlash + 1)}${path.posix.basename(renamed)}${suffix}`;
}

function isLocal(reference: string): boolean {
  return (
    reference !== '' &&
    !reference.startsWith('#') &&
    !reference.startsWith('//') &&
    !SCHEME.test(reference)
  );
}

function resolveAgainst(pathPart: string, fromFile: string): string {
  const joined = pathPart.startsWith('/')
    ? pathPart
    : path.posix.join('/', path.posix.dirname(fromFile), pathPart);
  return path.posix.normalize(joined).slice(1);
}
