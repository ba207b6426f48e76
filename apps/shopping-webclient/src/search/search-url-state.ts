import type { Category } from '@aneis/contracts';

/**
 * A search lives in the URL (`/search?q=solitário&category=Noivado&sort=price-asc&page=2`), so
 * it can be shared and the back button replays it. Defaults are left out of the URL.
 */
export const searchSorts = ['relevance', 'price-asc', 'price-desc', 'newest', 'name'] as const;
export type SearchSort = (typeof searchSorts)[number];

export interface SearchState {
  term: string;
  category: string;
  subcategory: string;
  sort: SearchSort;
  page: number;
}

export const SEARCH_PAGE_SIZE = 12;
const MAX_PAGE = 10_000;

export const emptySearch: SearchState = {
  term: '',
  category: '',
  subcategory: '',
  sort: 'relevance',
  page: 1,
};

type QueryValue = string | null | (string | null)[] | undefined;

function first(value: QueryValue): string {
  const single = Array.isArray(value) ? value[0] : value;
  return (single ?? '').trim();
}

export function parseSearchQuery(query: Readonly<Record<string, QueryValue>>): SearchState {
  const sort = first(query['sort']);
  const page = Number.parseInt(first(query['page']), 10);
  const category = first(query['category']);
  return {
    term: first(query['q']).slice(0, 100),
    category,
    // A subcategory only means something inside its category.
    subcategory: category ? first(query['subcategory']) : '',
    sort: (searchSorts as readonly string[]).includes(sort) ? (sort as SearchSort) : 'relevance',
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

export function toSearchQuery(state: SearchState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.term) query['q'] = state.term;
  if (state.category) query['category'] = state.category;
  if (state.category && state.subcategory) query['subcategory'] = state.subcategory;
  if (state.sort !== 'relevance') query['sort'] = state.sort;
  if (state.page > 1) query['page'] = String(state.page);
  return query;
}

/** A new filter or sort starts again from the first page. */
export function withChange(state: SearchState, change: Partial<SearchState>): SearchState {
  const next = { ...state, ...change };
  if (!('page' in change)) next.page = 1;
  if ('category' in change && !('subcategory' in change)) next.subcategory = '';
  return next;
}

const sortRules: Record<SearchSort, string | undefined> = {
  relevance: undefined,
  'price-asc': 'price',
  'price-desc': '-price',
  newest: '-auditLog.createdOn',
  name: 'name',
};

export function sortRuleFor(sort: SearchSort): string | undefined {
  return sortRules[sort];
}

/**
 * The server filters by category ids: a whole category means all its subcategories' ids.
 * `undefined` means no filter; an empty list means the names matched nothing.
 */
export function categoryIdsFor(
  state: Pick<SearchState, 'category' | 'subcategory'>,
  categories: readonly Category[],
): string[] | undefined {
  if (!state.category) return undefined;
  return categories
    .filter(
      (row) =>
        row.category === state.category &&
        (!state.subcategory || row.subcategory === state.subcategory),
    )
    .map((row) => row._id);
}
