import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { boundedRecord } from '../common/text.js';

export const MAX_TARIFF_RATE = 1000;
const MAX_TARIFF_COUNTRIES = 300;

/**
 * Tariff percentages keyed by destination country (code or name). Veniqa fixed the keys to
 * Nepal and Bangladesh; here any country from the reference data may carry a rate.
 */
export const tariffRatesSchema = boundedRecord(
  z
    .number({ error: 'rate must be a number' })
    .min(0, 'rate must not be negative')
    .max(MAX_TARIFF_RATE, `rate must be at most ${MAX_TARIFF_RATE}`),
  MAX_TARIFF_COUNTRIES,
);
export type TariffRates = z.output<typeof tariffRatesSchema>;

export const tariffSchema = z.object({
  _id: objectIdSchema,
  name: z.string(),
  rates: tariffRatesSchema,
});
export type Tariff = z.output<typeof tariffSchema>;
