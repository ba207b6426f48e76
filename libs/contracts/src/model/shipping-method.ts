import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { moneySchema } from '../common/money.js';
import { slugSchema } from '../common/text.js';
import { countryCodeSchema } from './country.js';

/**
 * A row of the shipping table that replaces Veniqa's hard-coded 15: a flat price per order for
 * the countries it serves. `code` is what the storefront sends as `shippingMethod`.
 */
export const shippingMethodSchema = z.object({
  _id: objectIdSchema,
  code: slugSchema,
  name: z.string(),
  summary: z.string().optional(),
  maximumDays: z.int().min(1).max(365),
  /** ISO country codes served; an empty list means every country. */
  countries: z.array(countryCodeSchema),
  price: moneySchema,
  active: z.boolean(),
});
export type ShippingMethod = z.output<typeof shippingMethodSchema>;
