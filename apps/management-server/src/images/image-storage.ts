/** One stored image, as the orphan sweeper sees it. */
export interface StoredImage {
  key: string;
  /** When it was last written: images younger than the sweep's grace period are left alone. */
  modifiedAt: Date;
}

/** Where product images live: a local folder (a PVC in the cluster) or S3-compatible storage. */
export interface ImageStorage {
  /** A URL the browser may PUT one image to, for a short while, and the URL it is read from. */
  uploadTarget(key: string): Promise<{ uploadUrl: string; liveUrl: string }>;
  liveUrlOf(key: string): string;
  /** The key behind one of our live URLs; undefined for anyone else's URL. */
  keyOf(url: string): string | undefined;
  /** Copies an image (the permanent thumbnail of an order page). */
  copy(fromKey: string, toKey: string): Promise<void>;
  /** Deletes images; missing ones are ignored. */
  remove(keys: readonly string[]): Promise<void>;
  /** Every stored image with an image key (anything else in the storage is never listed). */
  list(): AsyncIterable<StoredImage>;
  /**
   * Removes what interrupted writes leave behind, older than `olderThan`, and returns what went
   * (or would go, with `dryRun`). Only storages that can leave such things have it: S3 writes
   * are atomic.
   */
  removeLeftovers?(olderThan: Date, dryRun: boolean): Promise<string[]>;
}

/** Uploads are refused above this size. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** How long an upload URL stays valid (Veniqa: 600 s). */
export const UPLOAD_URL_TTL_SECONDS = 600;
