/**
 * Whether `error` is MongoDB's E11000 (duplicate key), optionally on a given field. Real MongoDB
 * names the index's fields in `keyPattern`; the embedded engine only ever raises it for `_id` and
 * names nothing, so a field filter matches only what real MongoDB says about that field.
 */
export function isDuplicateKeyError(error: unknown, field?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, keyPattern } = error as { code?: unknown; keyPattern?: unknown };
  if (code !== 11000 && code !== 11001) return false;
  if (field === undefined) return true;
  return typeof keyPattern === 'object' && keyPattern !== null && field in keyPattern;
}
