import { categories } from '../../test/sample-data.js';
import {
  categoryIdsFor,
  emptySearch,
  parseSearchQuery,
  sortRuleFor,
  toSearchQuery,
  withChange,
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
    };
    expect(toSearchQuery(state)).toEqual({
      q: 'solitário',
      category: 'Noivado',
      subcategory: 'Solitários',
      sort: 'price-desc',
      page: '3',
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
});
