import type { AuditChange } from '../audit/audit-log.js';
import type { Services } from '../services.js';

/** Which of the storefront's caches a kind of reference data feeds. */
export type ShopCacheArea = 'catalog' | 'referenceData';

/**
 * The one thing every reference-data mutation does after writing: audit it, then make the
 * shopping server's next read miss the cache that shows it (categories and tariffs appear in
 * catalogue answers; countries, shipping methods and rates in the UI reference data, carriers
 * in a shopper's orders).
 */
export async function recordReferenceChange(
  deps: Pick<Services, 'audit' | 'shopCache'>,
  area: ShopCacheArea,
  change: AuditChange,
): Promise<void> {
  await deps.audit.record(change);
  await (area === 'catalog'
    ? deps.shopCache.catalogChanged()
    : deps.shopCache.referenceDataChanged());
}
