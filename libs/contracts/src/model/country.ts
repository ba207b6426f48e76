import { z } from 'zod';
import { currencyCodeSchema } from '../common/money.js';
import { requiredText } from '../common/text.js';

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166 country code');

/** A destination the shop delivers to, with the currency its shoppers pay in. */
export const countrySchema = z.object({
  code: countryCodeSchema,
  name: requiredText(60),
  currency: currencyCodeSchema,
  active: z.boolean(),
});
export type Country = z.output<typeof countrySchema>;
