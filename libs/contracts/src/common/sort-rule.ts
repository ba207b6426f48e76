import { z } from 'zod';

/**
 * Veniqa passed the client's `sortRule` straight to Mongo's sort, which let a client sort by any
 * path (and probe hidden fields). Here a rule such as `"price -auditLog.createdOn"` is parsed
 * into `{ price: 1, 'auditLog.createdOn': -1 }` and only fields on the endpoint's allow-list are
 * accepted. Keys are wire field names; a server whose storage path differs maps them itself.
 */
export type SortDirection = 1 | -1;
export type SortSpec = Readonly<Record<string, SortDirection>>;

export const MAX_SORT_RULE_LENGTH = 200;
export const MAX_SORT_FIELDS = 5;

type SortParse = { ok: true; sort: SortSpec } | { ok: false; problem: string };

export function tryParseSortRule(rule: string, allowed: readonly string[]): SortParse {
  const tokens = rule.trim().split(/\s+/).filter(Boolean);
  if (tokens.length > MAX_SORT_FIELDS) {
    return { ok: false, problem: `sortRule may name at most ${MAX_SORT_FIELDS} fields` };
  }
  const entries: [string, SortDirection][] = [];
  for (const token of tokens) {
    const descending = token.startsWith('-');
    const field = descending || token.startsWith('+') ? token.slice(1) : token;
    if (!allowed.includes(field)) {
      const choices = allowed.length > 0 ? allowed.join(', ') : 'none';
      return { ok: false, problem: `unknown sort field "${field}"; allowed: ${choices}` };
    }
    if (entries.some(([seen]) => seen === field)) {
      return { ok: false, problem: `sort field "${field}" is named twice` };
    }
    entries.push([field, descending ? -1 : 1]);
  }
  // fromEntries defines own properties, so even a "__proto__" key could not touch the prototype.
  return { ok: true, sort: Object.fromEntries(entries) };
}

/** Parses a sort rule or throws a RangeError naming the offending field. */
export function parseSortRule(rule: string, allowed: readonly string[]): SortSpec {
  const result = tryParseSortRule(rule, allowed);
  if (!result.ok) throw new RangeError(result.problem);
  return result.sort;
}

/** A `sortRule` field for an endpoint: a bounded string parsed into a safe sort object. */
export function sortRuleSchema(allowed: readonly string[]) {
  return z
    .string({ error: 'sortRule must be a string' })
    .max(MAX_SORT_RULE_LENGTH, `sortRule must be at most ${MAX_SORT_RULE_LENGTH} characters`)
    .meta({
      description: `Space-separated fields, "-" prefix for descending. Allowed: ${allowed.join(', ')}`,
    })
    .transform((rule, ctx): SortSpec => {
      const result = tryParseSortRule(rule, allowed);
      if (result.ok) return result.sort;
      ctx.addIssue({ code: 'custom', message: result.problem });
      return z.NEVER;
    });
}
