import type { CatalogSearchBodyInput, Pagination, ProductSummary } from '@aneis/contracts';

/** How many rings an empty result suggests instead. */
export const SUGGESTION_COUNT = 4;

export type SuggestionKind = 'without-filters' | 'popular';
export interface Suggestions {
  kind: SuggestionKind;
  products: ProductSummary[];
}

type Search = (body: CatalogSearchBodyInput) => Promise<Pagination<ProductSummary>>;

/**
 * What to show when a search found nothing, asked only then (the catalogue route itself stays
 * one query): first the same search without the filters, the likeliest near miss; else the
 * shop's newest rings, so the page never ends in a blank.
 */
export async function emptyResultSuggestions(
  search: Search,
  body: CatalogSearchBodyInput,
): Promise<Suggestions | null> {
  const paging = { page: 1, limit: SUGGESTION_COUNT };
  if (body.searchFilters) {
    const { searchFilters: _filters, ...unfiltered } = body;
    const close = await search({ ...unfiltered, pagingOptions: paging });
    if (close.docs.length > 0) return { kind: 'without-filters', products: close.docs };
  }
  const popular = await search({ pagingOptions: paging, sortRule: '-auditLog.createdOn' });
  return popular.docs.length > 0 ? { kind: 'popular', products: popular.docs } : null;
}
