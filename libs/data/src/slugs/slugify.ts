/** Longest slug we make: long enough for any product name, short enough for a tidy URL. */
export const MAX_SLUG_LENGTH = 80;

/** What a slug may look like: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Letters that Unicode does not decompose into a base letter and a mark.
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  '&': ' e ',
};

/**
 * A URL word from a name: "Solitário Aurora" → "solitario-aurora". Accents are dropped (ã → a,
 * ç → c), everything that is not a letter or digit becomes one hyphen, and `fallback` is used
 * when nothing is left (a name of only symbols). Cut at a word boundary within MAX_SLUG_LENGTH.
 */
export function slugify(name: string, fallback: string): string {
  const plain = name
    .toLowerCase()
    .replace(/[ßæœøđł&]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const slug = plain === '' ? fallback : plain;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(
    /-+$/,
    '',
  );
}

/** The n-th candidate for a name taken n-1 times already: `aurora`, `aurora-2`, `aurora-3`… */
export function numberedSlug(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** Whether `slug` is `base` or one of its numbered variants (so a rename to an equal name keeps it). */
export function isSlugOf(slug: string, base: string): boolean {
  if (slug === base) return true;
  const numbered = /-(\d+)$/.exec(slug);
  return numbered !== null && numberedSlug(base, Number(numbered[1])) === slug;
}
