import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { numberFromText } from '../common/lenient-input.js';
import { boundedRecord } from '../common/text.js';

export const MAX_TARIFF_RATE = 1000;
const MAX_TARIFF_COUNTRIES = 300;

/**
 * Tariff percentages keyed by destination country (code or name). Veniqa fixed the keys to
 * Nepal and Bangladesh; here any country from the reference data may carry a rate.
 */
const tariffRateSchema = z
  .number({ error: 'rate must be a number' })
  .min(0, 'rate must not be negative')
  .max(MAX_TARIFF_RATE, `rate must be at most ${MAX_TARIFF_RATE}`);

export const tariffRatesSchema = boundedRecord(tariffRateSchema, MAX_TARIFF_COUNTRIES);
export type TariffRates = z.output<typeof tariffRatesSchema>;

/**
 * Rates as an admin form sends them: Veniqa's tariff page uses number inputs, which give `""`
 * for a cleared field (no rate for that country) and may give numeric text.
 */
export const tariffRatesInputSchema = boundedRecord(
  z.union([z.literal(''), z.null(), numberFromText(tariffRateSchema)]),
  MAX_TARIFF_COUNTRIES,
).transform((rates): TariffRates =>
  Object.fromEntries(
    Object.entries(rates).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  ),
);

export const tariffSchema = z.object({
  _id: objectIdSchema,
  name: z.string(),
  rates: tariffRatesSchema,
});
export type Tariff = z.output<typeof tariffSchema>;
