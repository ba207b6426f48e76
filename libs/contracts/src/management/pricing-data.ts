import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { currencyCodeSchema, moneySchema } from '../common/money.js';
import { TEXT_LIMITS, optionalText, requiredText, slugSchema } from '../common/text.js';
import { countryCodeSchema } from '../model/country.js';
import { exchangeRateValueSchema } from '../model/payment.js';
import { shippingAliasesSchema } from '../model/shipping-method.js';

/** Requests of the reference-data routes Veniqa did not have: countries, shipping, rates. */

export const countryBodySchema = z.object({
  code: countryCodeSchema,
  name: requiredText(60),
  currency: currencyCodeSchema,
  active: z.boolean().default(true),
});
export type CountryBody = z.output<typeof countryBodySchema>;
export type CountryBodyInput = z.input<typeof countryBodySchema>;

/** Countries are identified by code; everything else may change. */
export const updateCountryBodySchema = z.object({
  code: countryCodeSchema,
  name: requiredText(60).optional(),
  currency: currencyCodeSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateCountryBody = z.output<typeof updateCountryBodySchema>;

export const deleteCountryBodySchema = z.object({ code: countryCodeSchema });
export type DeleteCountryBody = z.output<typeof deleteCountryBodySchema>;

const shippingMethodFields = {
  code: slugSchema,
  name: requiredText(TEXT_LIMITS.name),
  summary: optionalText(TEXT_LIMITS.line),
  maximumDays: z.int().min(1, 'maximumDays must be at least 1').max(365),
  countries: z.array(countryCodeSchema).max(300).default([]),
  aliases: shippingAliasesSchema.default([]),
  price: moneySchema,
  active: z.boolean().default(true),
};

export const shippingMethodBodySchema = z.object(shippingMethodFields);
export type ShippingMethodBody = z.output<typeof shippingMethodBodySchema>;
export type ShippingMethodBodyInput = z.input<typeof shippingMethodBodySchema>;

export const updateShippingMethodBodySchema = z.object({
  _id: objectIdSchema,
  code: shippingMethodFields.code.optional(),
  name: shippingMethodFields.name.optional(),
  summary: shippingMethodFields.summary,
  maximumDays: shippingMethodFields.maximumDays.optional(),
  countries: z.array(countryCodeSchema).max(300).optional(),
  aliases: shippingAliasesSchema.optional(),
  price: moneySchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateShippingMethodBody = z.output<typeof updateShippingMethodBodySchema>;

export const shippingMethodIdQuerySchema = z.object({ shippingMethodId: objectIdSchema });
export type ShippingMethodIdQuery = z.output<typeof shippingMethodIdQuerySchema>;
export const deleteShippingMethodBodySchema = z.object({ shippingMethodId: objectIdSchema });
export type DeleteShippingMethodBody = z.output<typeof deleteShippingMethodBodySchema>;

/** Creates or replaces the rate of one currency. */
export const exchangeRateBodySchema = z.object(exchangeRateValueSchema.shape);
export type ExchangeRateBody = z.output<typeof exchangeRateBodySchema>;

export const deleteExchangeRateBodySchema = z.object({ currency: currencyCodeSchema });
export type DeleteExchangeRateBody = z.output<typeof deleteExchangeRateBodySchema>;
