import { categories } from '../../test/sample-data.js';
import {
  categoryIdsFor,
  emptySearch,
  hasFilters,
  parseSearchQuery,
  searchFiltersFor,
  sortRuleFor,
  toSearchQuery,
  withChange,
  withoutFilters,
} from './search-url-state.js';

describe('search URL state', () => {
  it('when the URL is empty, then the defaults apply', () => {
    expect(parseSearchQuery({})).toEqual(emptySearch);
  });

  it('when a state is written to the URL and read back, then it is unchanged', () => {
    const state = {
      term: 'solitário',
      category: 'Noivado',
      subcategory: 'Solitários',
      sort: 'price-desc' as const,
      page: 3,
      minPrice: 100,
      maxPrice: 999.5,
      metal: 'platina' as const,
      size: '54',
      inStock: true,
    };
    expect(toSearchQuery(state)).toEqual({
      q: 'solitário',
      category: 'Noivado',
      subcategory: 'Solitários',
      sort: 'price-desc',
      page: '3',
      min: '100',
      max: '999.5',
      metal: 'platina',
      size: '54',
      stock: '1',
    });
    expect(parseSearchQuery(toSearchQuery(state))).toEqual(state);
  });

  it('when defaults are written, then they are left out of the URL', () => {
    expect(toSearchQuery(emptySearch)).toEqual({});
  });

  it('when the URL holds nonsense, then it falls back to safe values', () => {
    expect(
      parseSearchQuery({
        sort: 'drop table',
        page: '-4',
        subcategory: 'Ouro',
        q: ['  anel ', 'x'],
      }),
    ).toEqual({ ...emptySearch, term: 'anel' });
    expect(parseSearchQuery({ page: '99999999' }).page).toBe(10_000);
  });

  it('when a filter changes, then paging starts again and a new category clears the subcategory', () => {
    const state = { ...emptySearch, category: 'Noivado', subcategory: 'Solitários', page: 4 };
    expect(withChange(state, { sort: 'name' })).toMatchObject({
      page: 1,
      subcategory: 'Solitários',
    });
    expect(withChange(state, { category: 'Alianças' })).toMatchObject({ page: 1, subcategory: '' });
    expect(withChange(state, { page: 5 }).page).toBe(5);
  });

  it('when a sort is chosen, then it maps to an allowed server sort rule', () => {
    expect(sortRuleFor('relevance')).toBeUndefined();
    expect(sortRuleFor('price-asc')).toBe('price');
    expect(sortRuleFor('newest')).toBe('-auditLog.createdOn');
  });

  it('when a category is chosen, then all its subcategory ids are searched', () => {
    expect(categoryIdsFor({ category: '', subcategory: '' }, categories)).toBeUndefined();
    expect(categoryIdsFor({ category: 'Noivado', subcategory: '' }, categories)).toEqual([
      '1'.repeat(24),
      '2'.repeat(24),
    ]);
    expect(categoryIdsFor({ category: 'Noivado', subcategory: 'Solitários' }, categories)).toEqual([
      '1'.repeat(24),
    ]);
    expect(categoryIdsFor({ category: 'Relógios', subcategory: '' }, categories)).toEqual([]);
  });

  it('when filters in the URL are nonsense, then they are dropped; an upside-down range is turned round', () => {
    expect(
      parseSearchQuery({ metal: 'latão', size: '7', min: '-3', max: 'barato', stock: 'yes' }),
    ).toEqual(emptySearch);
    expect(parseSearchQuery({ size: '99' }).size).toBe('');
    expect(parseSearchQuery({ min: '500', max: '100,5' })).toMatchObject({
      minPrice: 100.5,
      maxPrice: 500,
    });
  });

  it('when filters are set, then the server gets them as searchFilters; none gives no key at all', () => {
    expect(searchFiltersFor(emptySearch)).toBeUndefined();
    expect(hasFilters({ ...emptySearch, sort: 'name', term: 'anel' })).toBe(false);
    const state = { ...emptySearch, metal: 'prata' as const, maxPrice: 150, inStock: true };
    expect(searchFiltersFor(state)).toEqual({ metal: 'prata', maxPrice: 150, inStock: true });
  });

  it('when filters are cleared, then text, category and sort stay and paging restarts', () => {
    const state = {
      ...emptySearch,
      term: 'aliança',
      category: 'Alianças',
      sort: 'price-asc' as const,
      page: 3,
      size: '60',
      minPrice: 10,
      inStock: true,
    };
    expect(withoutFilters(state)).toEqual({
      ...emptySearch,
      term: 'aliança',
      category: 'Alianças',
      sort: 'price-asc',
    });
    expect(hasFilters(withoutFilters(state))).toBe(false);
  });
});
