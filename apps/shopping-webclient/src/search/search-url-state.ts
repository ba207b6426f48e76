import type { CatalogSearchFiltersInput, Category } from '@aneis/contracts';
// Values from the zod-free entry: the storefront's bundle never carries the schemas.
import {
  MAX_PRICE_FILTER,
  RING_METAL_CODES,
  RING_SIZE_MAX,
  RING_SIZE_MIN,
  type RingMetalCode,
} from '@aneis/contracts/constants';

/**
 * A search lives in the URL (`/search?q=solitário&category=Noivado&metal=platina&size=54&
 * min=100&max=500&stock=1&sort=price-asc&page=2`), so it can be shared and the back button
 * replays it. Defaults are left out of the URL.
 */
export const searchSorts = ['relevance', 'price-asc', 'price-desc', 'newest', 'name'] as const;
export type SearchSort = (typeof searchSorts)[number];

export interface SearchState {
  term: string;
  category: string;
  subcategory: string;
  sort: SearchSort;
  page: number;
  /** Price bounds in euros; `null` = no bound. */
  minPrice: number | null;
  maxPrice: number | null;
  metal: RingMetalCode | '';
  /** EU ring size ("54") or ''. */
  size: string;
  inStock: boolean;
}

/** The filters the "clear filters" button resets (not the text, category or sort). */
export const filterKeys = ['minPrice', 'maxPrice', 'metal', 'size', 'inStock'] as const;

export const SEARCH_PAGE_SIZE = 12;
const MAX_PAGE = 10_000;

export const emptySearch: SearchState = {
  term: '',
  category: '',
  subcategory: '',
  sort: 'relevance',
  page: 1,
  minPrice: null,
  maxPrice: null,
  metal: '',
  size: '',
  inStock: false,
};

/** Sizes the size filter offers. */
export const filterSizes = Array.from({ length: RING_SIZE_MAX - RING_SIZE_MIN + 1 }, (_, i) =>
  String(RING_SIZE_MIN + i),
);

type QueryValue = string | null | (string | null)[] | undefined;

function first(value: QueryValue): string {
  const single = Array.isArray(value) ? value[0] : value;
  return (single ?? '').trim();
}

/** A price bound from the URL: a plain non-negative amount, else no bound. */
function priceFrom(value: QueryValue): number | null {
  const text = first(value).replace(',', '.');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(text)) return null;
  const amount = Number(text);
  return amount <= MAX_PRICE_FILTER ? amount : null;
}

function sizeFrom(value: QueryValue): string {
  const text = first(value);
  const size = Number(text);
  return /^\d{2}$/.test(text) && size >= RING_SIZE_MIN && size <= RING_SIZE_MAX ? text : '';
}

export function parseSearchQuery(query: Readonly<Record<string, QueryValue>>): SearchState {
  const sort = first(query['sort']);
  const page = Number.parseInt(first(query['page']), 10);
  const category = first(query['category']);
  const metal = first(query['metal']);
  let minPrice = priceFrom(query['min']);
  let maxPrice = priceFrom(query['max']);
  // An upside-down range is what the shopper meant the other way round.
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) {
    [minPrice, maxPrice] = [maxPrice, minPrice];
  }
  return {
    term: first(query['q']).slice(0, 100),
    category,
    // A subcategory only means something inside its category.
    subcategory: category ? first(query['subcategory']) : '',
    sort: (searchSorts as readonly string[]).includes(sort) ? (sort as SearchSort) : 'relevance',
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    minPrice,
    maxPrice,
    metal: (RING_METAL_CODES as readonly string[]).includes(metal) ? (metal as RingMetalCode) : '',
    size: sizeFrom(query['size']),
    inStock: first(query['stock']) === '1',
  };
}

export function toSearchQuery(state: SearchState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.term) query['q'] = state.term;
  if (state.category) query['category'] = state.category;
  if (state.category && state.subcategory) query['subcategory'] = state.subcategory;
  if (state.metal) query['metal'] = state.metal;
  if (state.size) query['size'] = state.size;
  if (state.minPrice !== null) query['min'] = String(state.minPrice);
  if (state.maxPrice !== null) query['max'] = String(state.maxPrice);
  if (state.inStock) query['stock'] = '1';
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

export function hasFilters(state: SearchState): boolean {
  return filterKeys.some((key) => state[key] !== emptySearch[key]);
}

/** The same search with every filter cleared (text, category and sort stay). */
export function withoutFilters(state: SearchState): SearchState {
  const cleared: Partial<SearchState> = {};
  for (const key of filterKeys) Object.assign(cleared, { [key]: emptySearch[key] });
  return withChange(state, cleared);
}

/** The server's `searchFilters` for a state; `undefined` when nothing is filtered. */
export function searchFiltersFor(state: SearchState): CatalogSearchFiltersInput | undefined {
  if (!hasFilters(state)) return undefined;
  const filters: CatalogSearchFiltersInput = {};
  if (state.minPrice !== null) filters.minPrice = state.minPrice;
  if (state.maxPrice !== null) filters.maxPrice = state.maxPrice;
  if (state.metal) filters.metal = state.metal;
  if (state.size) filters.size = state.size;
  if (state.inStock) filters.inStock = true;
  return filters;
}
