import { MAX_SLUG_LENGTH, SLUG_PATTERN, isSlugOf, numberedSlug, slugify } from './slugify.js';

describe('slugify', () => {
  it.each([
    ['Solitário Aurora', 'solitario-aurora'],
    ['Anéis de noivado', 'aneis-de-noivado'],
    ['Alianças  Clássicas', 'aliancas-classicas'],
    ['Coração — ouro 18k / platina', 'coracao-ouro-18k-platina'],
    ['  Três pedras!  ', 'tres-pedras'],
    ['ÀÉÎÕÜ çãõ', 'aeiou-cao'],
    ['Rosa & Ouro', 'rosa-e-ouro'],
    ['Straße Œuvre', 'strasse-oeuvre'],
  ])('when the name is "%s", then the slug is "%s"', (name, slug) => {
    expect(slugify(name, 'anel')).toBe(slug);
    expect(slugify(name, 'anel')).toMatch(SLUG_PATTERN);
  });

  it('when the name has no letters or digits, then the fallback word is the slug', () => {
    expect(slugify('★ ☆ !!', 'anel')).toBe('anel');
    expect(slugify('', 'categoria')).toBe('categoria');
  });

  it('when the name is very long, then the slug is cut at a word boundary within the limit', () => {
    const slug = slugify(`${'esmeralda '.repeat(20)}final`, 'anel');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith('esmeralda')).toBe(true);
  });

  it('when a name is taken, then numbered candidates follow and stay within the limit', () => {
    expect(numberedSlug('aurora', 1)).toBe('aurora');
    expect(numberedSlug('aurora', 2)).toBe('aurora-2');
    const long = 'a'.repeat(MAX_SLUG_LENGTH);
    expect(numberedSlug(long, 12)).toHaveLength(MAX_SLUG_LENGTH);
    expect(numberedSlug(long, 12).endsWith('-12')).toBe(true);
  });

  it('when a slug is the base or a numbered variant of it, then it counts as made from that name', () => {
    expect(isSlugOf('aurora', 'aurora')).toBe(true);
    expect(isSlugOf('aurora-3', 'aurora')).toBe(true);
    expect(isSlugOf('aurora-rosa', 'aurora')).toBe(false);
    expect(isSlugOf('aurora', 'aurora-rosa')).toBe(false);
    expect(isSlugOf('anel-18', 'anel-18')).toBe(true);
  });
});
