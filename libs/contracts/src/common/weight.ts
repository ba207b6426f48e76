import { z } from 'zod';

/** Weight units are reference data (Veniqa shipped only "LB"), so any short code is accepted. */
export const weightUnitSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,5}$/, 'must be a weight unit code such as LB or G');

export const weightSchema = z.object({
  quantity: z
    .number({ error: 'must be a number' })
    .min(0, 'must not be negative')
    .max(1_000_000, 'must be at most 1000000'),
  unit: weightUnitSchema,
});
export type Weight = z.output<typeof weightSchema>;
