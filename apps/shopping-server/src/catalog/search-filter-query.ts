import type { CatalogSearchFilters } from '@aneis/contracts';

type Clause = Record<string, unknown>;

/** Euros (or the shop's currency) as the shopper typed them → the stored cents. */
const toCents = (amount: number) => Math.round(amount * 100);

/**
 * The MongoDB clauses for the storefront's filters, to be AND-ed with the rest of the search.
 * Every value has already been checked by the contract (numbers, known metal codes, two-digit
 * sizes, ids), so nothing a shopper sends can become an operator here.
 * A product whose stock is not tracked (made to order) counts as in stock.
 */
export function searchFilterClauses(filters: Partial<CatalogSearchFilters> | undefined): Clause[] {
  if (!filters) return [];
  const clauses: Clause[] = [];
  const price: Record<string, number> = {};
  if (filters.minPrice !== undefined) price['$gte'] = toCents(filters.minPrice);
  if (filters.maxPrice !== undefined) price['$lte'] = toCents(filters.maxPrice);
  if (Object.keys(price).length > 0) clauses.push({ 'price.cents': price });
  if (filters.metal) clauses.push({ 'facets.metals': filters.metal });
  if (filters.size) clauses.push({ 'facets.sizes': filters.size });
  if (filters.inStock) {
    clauses.push({ $or: [{ stock: { $exists: false } }, { stock: null }, { stock: { $gt: 0 } }] });
  }
  if (filters.store) clauses.push({ store: filters.store });
  if (filters.category) clauses.push({ category: filters.category });
  return clauses;
}
