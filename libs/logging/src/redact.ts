export const REDACTED = '[redacted]';
export const CIRCULAR = '[circular]';
export const TOO_DEEP = '[too deep]';

/** Compared against keys lower-cased and stripped of '-' and '_', so apiKey, api_key and X-Api-Key all match. */
const SENSITIVE_KEY_PARTS = [
  'password',
  'passwd',
  'secret',
  'token',
  'authorization',
  'cookie',
  'apikey',
  'sessionid',
  'hash',
];

// Deep enough for any sensible log metadata; stops runaway graphs (e.g. a whole socket) cold.
const MAX_DEPTH = 12;

export function isSensitiveKey(key: string): boolean {
  const normalised = key.toLowerCase().replace(/[-_]/g, '');
  return SENSITIVE_KEY_PARTS.some((part) => normalised.includes(part));
}

/**
 * A copy of `value` that is safe to log: values under sensitive keys (at any depth, in arrays
 * and in Errors' own fields) become "[redacted]", Errors become plain objects with name,
 * message and stack, and cycles become "[circular]". The input is never modified.
 */
export function redact(value: unknown): unknown {
  return copy(value, new Set(), 0);
}

function copy(value: unknown, ancestors: Set<object>, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.has(value)) return CIRCULAR;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => copy(item, ancestors, depth + 1));
    if (value instanceof Error) return copyEntries(errorEntries(value), ancestors, depth);
    const json = toJsonValue(value);
    if (json !== value) return copy(json, ancestors, depth + 1);
    return copyEntries(Object.entries(value), ancestors, depth);
  } finally {
    // Only ancestors count as cycles: the same object twice side by side is logged twice.
    ancestors.delete(value);
  }
}

function copyEntries(
  entries: [string, unknown][],
  ancestors: Set<object>,
  depth: number,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, entry] of entries) {
    result[key] =
      isSensitiveKey(key) && entry !== undefined ? REDACTED : copy(entry, ancestors, depth + 1);
  }
  return result;
}

/** name, message and stack live on the prototype or are non-enumerable, so JSON would drop them. */
function errorEntries(error: Error): [string, unknown][] {
  const entries: [string, unknown][] = [
    ['name', error.name],
    ['message', error.message],
    ['stack', error.stack],
  ];
  if (error.cause !== undefined) entries.push(['cause', error.cause]);
  if (error instanceof AggregateError) entries.push(['errors', error.errors]);
  for (const entry of Object.entries(error)) {
    if (!entries.some(([key]) => key === entry[0])) entries.push(entry);
  }
  return entries;
}

/** Dates, Buffers, ObjectIds and mongoose documents log as JSON would show them. */
function toJsonValue(value: object): unknown {
  const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON !== 'function') return value;
  try {
    return toJSON.call(value);
  } catch {
    return value;
  }
}
