import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { moneySchema } from '../common/money.js';
import { slugSchema } from '../common/text.js';
import { countryCodeSchema } from './country.js';

/**
 * Other names a storefront may send as `shippingMethod` for a method. Veniqa's storefront
 * hard-codes three ids (`20 day shipping`, `Expedited Shipping`, `No Rush Shipping`); aliases
 * map them to the shop's own methods, and a manager edits them like any reference data. One
 * alias may name several methods: the one serving the destination, fastest first, is used.
 */
export const shippingAliasSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(60, 'must be at most 60 characters');
export const shippingAliasesSchema = z
  .array(shippingAliasSchema)
  .max(10, 'at most 10 aliases')
  .refine((list) => new Set(list.map((alias) => alias.toLowerCase())).size === list.length, {
    message: 'aliases must not repeat',
  });

/**
 * A row of the shipping table that replaces Veniqa's hard-coded 15: a flat price per order for
 * the countries it serves. `code` (or one of its `aliases`) is what the storefront sends as
 * `shippingMethod`.
 */
export const shippingMethodSchema = z.object({
  _id: objectIdSchema,
  code: slugSchema,
  name: z.string(),
  summary: z.string().optional(),
  maximumDays: z.int().min(1).max(365),
  /** ISO country codes served; an empty list means every country. */
  countries: z.array(countryCodeSchema),
  aliases: z.array(z.string()),
  price: moneySchema,
  active: z.boolean(),
});
export type ShippingMethod = z.output<typeof shippingMethodSchema>;
