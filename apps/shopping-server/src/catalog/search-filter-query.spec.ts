import { searchFilterClauses } from './search-filter-query.js';

describe('searchFilterClauses', () => {
  it('when no filter is given, then there is no clause', () => {
    expect(searchFilterClauses(undefined)).toEqual([]);
    expect(searchFilterClauses({})).toEqual([]);
  });

  it('when a price range in euros is given, then it bounds the stored cents', () => {
    expect(searchFilterClauses({ minPrice: 99.99, maxPrice: 250 })).toEqual([
      { 'price.cents': { $gte: 9999, $lte: 25000 } },
    ]);
  });

  it('when metal, size and in-stock are given, then untracked stock still counts as in stock', () => {
    expect(searchFilterClauses({ metal: 'platina', size: '54', inStock: true })).toEqual([
      { 'facets.metals': 'platina' },
      { 'facets.sizes': '54' },
      { $or: [{ stock: { $exists: false } }, { stock: null }, { stock: { $gt: 0 } }] },
    ]);
  });

  it('when in-stock is false, then it is not a filter', () => {
    expect(searchFilterClauses({ inStock: false })).toEqual([]);
  });
});
