import { z } from 'zod';
import { fromCents, hasWholeCents, toCents } from './money-conversion.js';

/**
 * Money on the wire keeps Veniqa's shape `{ amount, currency }` with a decimal amount
 * (`27.99`), so a Veniqa client reads our responses unchanged. Servers convert at the edge with
 * `moneyToMinor` / `moneyFromMinor` and compute and store integer cents only. Currencies are
 * data (the shop's base currency is a setting, EUR for us), so any ISO 4217 code is accepted
 * here and the server decides which ones it serves.
 */

/** Largest amount we accept: ten million in major units, far above any ring. */
export const MAX_MONEY_AMOUNT = 10_000_000;

export const currencyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 currency code');

export const moneyAmountSchema = z
  .number({ error: 'must be a number' })
  .min(0, 'must not be negative')
  .max(MAX_MONEY_AMOUNT, `must be at most ${MAX_MONEY_AMOUNT}`)
  .refine(hasWholeCents, { message: 'must have at most two decimal places' });

export const moneySchema = z.object({
  amount: moneyAmountSchema,
  currency: currencyCodeSchema,
});
export type Money = z.output<typeof moneySchema>;

/** Money as the servers hold it: integer minor units. */
export interface MinorMoney {
  cents: number;
  currency: string;
}

export function moneyToMinor(money: Money): MinorMoney {
  return { cents: toCents(money.amount), currency: money.currency };
}

export function moneyFromMinor(minor: MinorMoney): Money {
  return { amount: fromCents(minor.cents), currency: minor.currency };
}

/**
 * An amount typed into an admin form. Veniqa's admin client sends these as strings
 * (`"totalCostPriceOfItemUSD": "25"`), so a plain decimal string is accepted alongside a number;
 * both end up as a number with at most two decimals.
 */
export const decimalAmountInputSchema = z
  .union([
    moneyAmountSchema,
    z
      .string()
      .trim()
      .regex(/^\d{1,8}(?:\.\d{1,2})?$/, 'must be a decimal amount with at most two decimals'),
  ])
  .transform((value) => (typeof value === 'number' ? value : Number(value)))
  .pipe(moneyAmountSchema);

/** Money typed into an admin form: the amount may be the input's text (`"27.99"`). */
export const moneyInputSchema = z.object({
  amount: decimalAmountInputSchema,
  currency: currencyCodeSchema,
});
