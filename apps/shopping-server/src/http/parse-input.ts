import { BadInput } from '@aneis/errors';
import type { z } from 'zod';

/**
 * Parses a request part with its contract schema. Zod errors reach the error handler as a 400
 * naming each bad field; `missingMessage` keeps Veniqa's exact sentence for the case its
 * clients know ("Missing checkout id", …): a required field that is absent altogether.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  missingMessage?: string,
): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  if (
    missingMessage !== undefined &&
    result.error.issues.some((issue) => issue.code === 'invalid_type' && issue.input === undefined)
  ) {
    throw new BadInput(missingMessage);
  }
  throw result.error;
}
