import type { Logger } from 'winston';
import { collectImageReferences, type ReferenceModels } from './image-references.js';
import { UPLOAD_URL_TTL_SECONDS, type ImageStorage } from './image-storage.js';

/** Images younger than this are never swept: a manager may still be filling in the product. */
export const DEFAULT_SWEEP_GRACE_MS = 24 * 60 * 60 * 1000;
/** Anything shorter could delete an image whose upload URL is still valid. */
const MIN_SWEEP_GRACE_MS = UPLOAD_URL_TTL_SECONDS * 1000;
/**
 * Products carry the clock of the replica that saved them: the look again before a deletion
 * reaches this far before the sweep's own start.
 */
const RECHECK_CLOCK_MARGIN_MS = 10 * 60 * 1000;
const KEYS_PER_LOG_LINE = 100;

export interface SweepDeps {
  shop: ReferenceModels;
  images: Pick<ImageStorage, 'list' | 'remove' | 'removeLeftovers'>;
  logger: Logger;
  now: () => Date;
}

export interface SweepOptions {
  /** Default `DEFAULT_SWEEP_GRACE_MS`; at least the upload URL's lifetime. */
  graceMs?: number;
  /** Report what would go, delete nothing. */
  dryRun?: boolean;
  /** Stops between two deletions (server shutdown). */
  signal?: AbortSignal;
}

export interface SweepReport {
  /** Image keys found in the storage. */
  stored: number;
  /** Of those, younger than the grace period. */
  recent: number;
  /** Deleted (with `dryRun`: would have been). */
  removed: string[];
  /** Orphans at the scan that a product saved meanwhile took up again. */
  rescued: string[];
  /** Orphans whose deletion failed (logged; the next sweep tries again). */
  failed: string[];
  /** Half-written files and emptied folders removed (`folder/`), older than the grace period. */
  leftovers: string[];
  /** Set when the sweep deleted nothing on purpose. */
  skipped?: 'no-products' | 'aborted';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Deletes stored images nothing references (see `collectImageReferences`) that are older than
 * the grace period. Safe to run on several replicas at once: deleting a deleted image is a no-op.
 */
export async function sweepOrphanImages(
  deps: SweepDeps,
  options: SweepOptions = {},
): Promise<SweepReport> {
  const graceMs = options.graceMs ?? DEFAULT_SWEEP_GRACE_MS;
  if (!(graceMs >= MIN_SWEEP_GRACE_MS)) {
    throw new RangeError(`the sweep's grace period must be at least ${MIN_SWEEP_GRACE_MS} ms`);
  }
  const startedAt = deps.now();
  const cutoff = new Date(startedAt.getTime() - graceMs);
  const report = await removeOrphans(deps, options, startedAt, cutoff);
  // Leftovers are no image anyone can name, so they go even when the orphans were left alone.
  if (report.skipped !== 'aborted' && deps.images.removeLeftovers) {
    report.leftovers = await deps.images.removeLeftovers(cutoff, options.dryRun === true);
  }
  logReport(deps.logger, report, options.dryRun === true);
  return report;
}

async function removeOrphans(
  deps: SweepDeps,
  options: SweepOptions,
  startedAt: Date,
  cutoff: Date,
): Promise<SweepReport> {
  const report: SweepReport = {
    stored: 0,
    recent: 0,
    removed: [],
    rescued: [],
    failed: [],
    leftovers: [],
  };
  const old: string[] = [];
  // Listed before the references are read: an image uploaded later is younger than the cutoff.
  for await (const image of deps.images.list()) {
    report.stored += 1;
    if (image.modifiedAt.getTime() > cutoff.getTime()) report.recent += 1;
    else old.push(image.key);
  }
  if (old.length === 0) return report;
  if (options.signal?.aborted) return { ...report, skipped: 'aborted' };

  const references = await collectImageReferences(deps.shop);
  if (references.products === 0) {
    // A wrong MONGODB_URI (or a fresh embedded database) would make every image an orphan.
    deps.logger.warn('image sweep skipped: the database holds no product at all', {
      storedImages: report.stored,
    });
    return { ...report, skipped: 'no-products' };
  }
  const orphans = old.filter((key) => !references.keys.has(key)).sort();
  const since = new Date(startedAt.getTime() - RECHECK_CLOCK_MARGIN_MS);
  for (const key of orphans) {
    if (options.signal?.aborted) {
      report.skipped = 'aborted';
      break;
    }
    if (options.dryRun) {
      report.removed.push(key);
      continue;
    }
    // A product saved since the scan may have taken this image up: look again right before.
    const recent = await collectImageReferences(deps.shop, since);
    if (recent.keys.has(key)) {
      report.rescued.push(key);
      continue;
    }
    try {
      await deps.images.remove([key]);
      report.removed.push(key);
    } catch (error) {
      report.failed.push(key);
      deps.logger.warn('orphan image not deleted', { key, error: errorMessage(error) });
    }
  }
  return report;
}

function logReport(logger: Logger, report: SweepReport, dryRun: boolean): void {
  const message = dryRun ? 'orphan images found (dry run)' : 'orphan images removed';
  for (let start = 0; start < report.removed.length; start += KEYS_PER_LOG_LINE) {
    logger.info(message, {
      count: report.removed.length,
      keys: report.removed.slice(start, start + KEYS_PER_LOG_LINE),
    });
  }
  if (report.rescued.length > 0) {
    logger.info('orphan images kept: a product took them up during the sweep', {
      keys: report.rescued,
    });
  }
  if (report.leftovers.length > 0) {
    logger.info(dryRun ? 'image leftovers found (dry run)' : 'image leftovers removed', {
      count: report.leftovers.length,
      paths: report.leftovers.slice(0, KEYS_PER_LOG_LINE),
    });
  }
}

/** The one line a person reads at the end of a manual run. */
export function describeSweep(report: SweepReport, dryRun = false): string {
  if (report.skipped === 'no-products') {
    return `image sweep: skipped, the database holds no product (${report.stored} images stored)`;
  }
  const verb = dryRun ? 'would remove' : 'removed';
  return (
    `image sweep: ${verb} ${report.removed.length} of ${report.stored} stored images ` +
    `(${report.recent} within the grace period, ${report.rescued.length} taken up meanwhile, ` +
    `${report.failed.length} failed, ${report.leftovers.length} leftovers of interrupted ` +
    `writes or empty folders${report.skipped === 'aborted' ? ', stopped early' : ''})`
  );
}
