import { z } from 'zod';
import { numberFromText } from './lenient-input.js';

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

/** A weight typed into an admin form: the quantity may be the input's text (`"3.2"`). */
export const weightInputSchema = z.object({
  quantity: numberFromText(weightSchema.shape.quantity),
  unit: weightUnitSchema,
});
