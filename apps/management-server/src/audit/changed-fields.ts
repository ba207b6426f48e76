/** Field names never written to the audit log, whatever entity they belong to. */
const SECRET_FIELD = /password|token|secret/i;
/** Bookkeeping fields: the audit entry itself records who changed what and when. */
const IGNORED_FIELDS = new Set(['_id', '__v', 'auditLog']);

export type Snapshot = Record<string, unknown>;

/** A document as plain JSON (ids and dates as strings), without secret or bookkeeping fields. */
export function toAuditSnapshot(value: unknown): Snapshot {
  const plain = JSON.parse(JSON.stringify(value ?? {})) as unknown;
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) return {};
  return Object.fromEntries(
    Object.entries(plain).filter(([key]) => !SECRET_FIELD.test(key) && !IGNORED_FIELDS.has(key)),
  );
}

/**
 * The top-level fields that differ between two snapshots, as `before`/`after` halves. A creation
 * has no before (null) and a deletion no after (null); both list every field.
 */
export function changedFields(
  before: Snapshot | null,
  after: Snapshot | null,
): { before: Snapshot | null; after: Snapshot | null } {
  if (before === null || after === null) return { before, after };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const was: Snapshot = {};
  const now: Snapshot = {};
  for (const key of keys) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    // An absent field is recorded as null so the entry says it was added or removed.
    was[key] = before[key] ?? null;
    now[key] = after[key] ?? null;
  }
  return { before: was, after: now };
}
