import type { ShippingMethod } from '@aneis/contracts';
import type { ShippingMethodDoc, ShopModels } from '@aneis/data';
import { toMoney } from '../money-view.js';

/**
 * Shipping zones as shops know them (Shopify's "rest of the world"): methods naming a country
 * are its offers; a method for every country (no list) serves only countries no method names.
 * So a Portuguese address sees CTT's methods, never "International tracked".
 */
function methodsServing(rows: ShippingMethodDoc[], countryCode: string): ShippingMethodDoc[] {
  const named = rows.filter((row) => row.countries.includes(countryCode));
  return named.length > 0 ? named : rows.filter((row) => row.countries.length === 0);
}

export function toShippingMethod(row: ShippingMethodDoc): ShippingMethod {
  return {
    _id: String(row._id),
    code: row.code,
    name: row.name,
    ...(row.summary ? { summary: row.summary } : {}),
    maximumDays: row.maximumDays,
    countries: row.countries,
    aliases: row.aliases ?? [],
    price: toMoney(row.price),
    active: row.active,
  };
}

/** Active methods, optionally only those serving one country (by ISO code). */
export async function activeShippingMethods(
  models: ShopModels,
  countryCode?: string,
): Promise<ShippingMethodDoc[]> {
  const rows = await models.ShippingMethod.find({ active: true }).sort({ 'price.cents': 1 }).lean();
  return countryCode === undefined ? rows : methodsServing(rows, countryCode);
}

/**
 * The method a shopper chose, if it is active and serves the destination: by its code, else by
 * an alias (Veniqa's storefront sends its own hard-coded ids). An alias several methods share
 * picks the one serving the destination, fastest and then cheapest first.
 */
export async function findShippingMethod(
  models: ShopModels,
  code: string,
  countryCode: string,
): Promise<ShippingMethodDoc | null> {
  const offered = await activeShippingMethods(models, countryCode);
  const wanted = code.trim().toLowerCase();
  const byCode = offered.find((row) => row.code === wanted);
  if (byCode) return byCode;
  const candidates = offered.filter((row) =>
    (row.aliases ?? []).some((alias) => alias.toLowerCase() === wanted),
  );
  candidates.sort((a, b) => a.maximumDays - b.maximumDays || a.price.cents - b.price.cents);
  return candidates[0] ?? null;
}
