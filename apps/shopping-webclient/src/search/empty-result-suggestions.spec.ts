import type { CatalogSearchBodyInput, Pagination, ProductSummary } from '@aneis/contracts';
import { emptyResultSuggestions } from './empty-result-suggestions.js';

const ring = (name: string) => ({ _id: name, name }) as unknown as ProductSummary;
const page = (names: string[]): Pagination<ProductSummary> => ({
  docs: names.map(ring),
  total: names.length,
  limit: 4,
  page: 1,
  pages: 1,
});

describe('emptyResultSuggestions', () => {
  const filtered: CatalogSearchBodyInput = {
    pagingOptions: { page: 1, limit: 12 },
    searchTerm: 'solitário',
    searchFilters: { metal: 'prata', size: '70' },
  };

  it('when the same search without filters finds rings, then those are the suggestion', async () => {
    const asked: CatalogSearchBodyInput[] = [];
    const result = await emptyResultSuggestions(async (body) => {
      asked.push(body);
      return page(['Solitário Aurora']);
    }, filtered);
    expect(result).toEqual({ kind: 'without-filters', products: [ring('Solitário Aurora')] });
    expect(asked).toEqual([{ pagingOptions: { page: 1, limit: 4 }, searchTerm: 'solitário' }]);
  });

  it('when even that finds nothing, then the newest rings are suggested', async () => {
    const asked: CatalogSearchBodyInput[] = [];
    const result = await emptyResultSuggestions(async (body) => {
      asked.push(body);
      return asked.length === 1 ? page([]) : page(['Aliança Clássica', 'Sinete Brasão']);
    }, filtered);
    expect(result?.kind).toBe('popular');
    expect(result?.products.map((p) => p.name)).toEqual(['Aliança Clássica', 'Sinete Brasão']);
    expect(asked[1]).toEqual({
      pagingOptions: { page: 1, limit: 4 },
      sortRule: '-auditLog.createdOn',
    });
  });

  it('when nothing was filtered, then it goes straight to the newest rings; an empty shop gives none', async () => {
    const asked: CatalogSearchBodyInput[] = [];
    const result = await emptyResultSuggestions(
      async (body) => {
        asked.push(body);
        return page([]);
      },
      { pagingOptions: { page: 1, limit: 12 }, searchTerm: 'xyz' },
    );
    expect(asked).toHaveLength(1);
    expect(result).toBeNull();
  });
});
