import type { Country } from '@aneis/contracts';
import type { CountryDoc, ShopModels } from '@aneis/data';
import { escapeRegex } from '../catalog/escape-regex.js';

export async function activeCountries(models: ShopModels): Promise<Country[]> {
  const rows = await models.Country.find({ active: true }).sort({ name: 1 }).lean();
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    currency: row.currency,
    active: row.active,
  }));
}

/**
 * An address names its country by ISO code ("NP") or, as Veniqa did, by name ("Nepal").
 * Null when the shop does not deliver there.
 */
export async function resolveCountry(
  models: ShopModels,
  reference: string,
): Promise<CountryDoc | null> {
  const text = reference.trim();
  const byCode = /^[A-Za-z]{2}$/.test(text)
    ? await models.Country.findOne({ code: text.toUpperCase(), active: true }).lean()
    : null;
  if (byCode) return byCode;
  return models.Country.findOne({
    name: new RegExp(`^${escapeRegex(text)}$`, 'i'),
    active: true,
  }).lean();
}
