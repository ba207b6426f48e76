import { z } from 'zod';

/**
 * A comma-separated list whose items each pass `item`. Blank items are skipped so a trailing
 * comma is harmless. Bad items are named by position, not echoed, so the same fragment is safe
 * for lists that might hold credentials.
 */
export function commaList<T>(item: z.ZodType<T, string>, itemsDescription: string) {
  return z.string().transform((raw, ctx) => {
    const parsed: T[] = [];
    const badPositions: number[] = [];
    const parts = raw
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    parts.forEach((part, index) => {
      const result = item.safeParse(part);
      if (result.success) parsed.push(result.data);
      else badPositions.push(index + 1);
    });
    if (badPositions.length > 0) {
      const which =
        badPositions.length === 1
          ? `item ${badPositions[0]} is`
          : `items ${badPositions.join(', ')} are`;
      ctx.issues.push({
        code: 'custom',
        input: raw,
        message: `expected a comma-separated list of ${itemsDescription} (${which} not valid)`,
      });
    }
    return parsed;
  });
}
