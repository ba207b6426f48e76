import { z } from 'zod';

/** A Mongo ObjectId as 24 hex characters, normalised to lower case so ids compare as strings. */
export const objectIdSchema = z
  .string({ error: 'must be a 24-character hexadecimal id' })
  .regex(/^[0-9a-fA-F]{24}$/, 'must be a 24-character hexadecimal id')
  .toLowerCase();
export type ObjectId = z.output<typeof objectIdSchema>;

/** A non-empty list of ids, bounded so one request cannot fan out into a huge `$in`. */
export function objectIdListSchema(max: number) {
  return z
    .array(objectIdSchema)
    .min(1, 'must contain at least one id')
    .max(max, `must contain at most ${max} ids`);
}
