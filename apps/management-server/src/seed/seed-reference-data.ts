import type { ShopModels } from '@aneis/data';
import type { Model } from 'mongoose';
import { referenceDefaults } from './reference-defaults.js';

/** Collection name → documents written (0 when it already had data). */
export type SeedReport = Record<string, number>;

async function fillIfEmpty<T>(model: Model<T>, documents: readonly object[]): Promise<number> {
  if ((await model.estimatedDocumentCount()) > 0) return 0;
  try {
    const written = await model.insertMany(documents, { ordered: false });
    return written.length;
  } catch (error) {
    // Two replicas seeding at once: real MongoDB's unique indexes refuse the second copy.
    if ((error as { code?: unknown }).code === 11000) return 0;
    throw error;
  }
}

export async function seedReferenceData(shop: ShopModels): Promise<SeedReport> {
  const d = referenceDefaults;
  return {
    stores: await fillIfEmpty(shop.Store, d.stores),
    weightUnits: await fillIfEmpty(
      shop.WeightUnit,
      d.weightUnits.map((code) => ({ code })),
    ),
    countries: await fillIfEmpty(
      shop.Country,
      d.countries.map((c) => ({ ...c, active: true })),
    ),
    exchangeRates: await fillIfEmpty(shop.ExchangeRate, d.exchangeRates),
    shippingMethods: await fillIfEmpty(
      shop.ShippingMethod,
      d.shippingMethods.map((m) => ({ ...m, active: true })),
    ),
    carriers: await fillIfEmpty(
      shop.Carrier,
      d.carriers.map((c) => ({ ...c, active: true })),
    ),
    categories: await fillIfEmpty(shop.Category, d.categories),
    tariffs: await fillIfEmpty(shop.Tariff, d.tariffs),
  };
}
