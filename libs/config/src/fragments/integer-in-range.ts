import { z } from 'zod';

/** A whole number written in decimal digits only, so "1e3", "0x10" and "12abc" are refused. */
export function integerInRange(min: number, max: number, problem: string) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, problem)
    .transform(Number)
    .refine((value) => value >= min && value <= max, problem);
}
