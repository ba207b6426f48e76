import { z } from 'zod';

/**
 * Veniqa's webclients send `""` for a form field nobody touched and `null` where they hold no
 * value (`customizations: null`, `customStore: null`, `searchFilters: {store: ""}`). Veniqa's
 * server read both as "not given"; so do these schemas, so a blank never becomes a filter, an
 * empty string stored, or a 400.
 */
export function absentWhenBlank<T extends z.ZodType>(schema: T) {
  return z
    .union([schema, z.literal(''), z.null()], { error: meaningfulBranchMessage })
    .optional()
    .transform((value) => (value === '' || value === null ? undefined : (value as z.output<T>)));
}

/**
 * A value that is neither blank nor valid fails all three branches; the person reading the 400
 * needs the real schema's reason ("unknown sort field …"), not "invalid input".
 */
function meaningfulBranchMessage(issue: { code?: string; errors?: unknown }): string | undefined {
  if (issue.code !== 'invalid_union' || !Array.isArray(issue.errors)) return undefined;
  const [first] = (issue.errors[0] ?? []) as { message?: string; path?: PropertyKey[] }[];
  if (!first?.message) return undefined;
  const inner = (first.path ?? []).map(String).join('.');
  return inner === '' ? first.message : `${inner}: ${first.message}`;
}

/** A decimal typed into a number input, which Vue's v-model hands over as a string ("27.99"). */
const decimalText = z
  .string()
  .trim()
  .regex(/^-?\d{1,12}(?:\.\d{1,6})?$/, 'must be a number');

/**
 * A number that may arrive as the text of a form input, as Veniqa's admin sends edited prices
 * and weights; Veniqa's mongoose schemas cast such strings, so the same values pass here and
 * are checked by `schema` as numbers.
 */
export function numberFromText<T extends z.ZodType<number, number>>(schema: T) {
  return z
    .union([z.number(), decimalText])
    .transform((value) => (typeof value === 'number' ? value : Number(value)))
    .pipe(schema);
}
