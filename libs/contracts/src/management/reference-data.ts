import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { TEXT_LIMITS, requiredText } from '../common/text.js';
import { categorySchema } from '../model/category.js';
import { tariffRatesInputSchema } from '../model/tariff.js';
import { vatPercentInputSchema } from '../model/vat-percent.js';

/**
 * Categories and tariffs. Edit forms send back the row they read (`__v`, audit fields and all):
 * `__v` is checked and ignored, any other unknown key is stripped, never stored.
 */
const versionKey = { __v: z.int().min(0).optional() };

export const categoryBodySchema = z.object({
  category: requiredText(TEXT_LIMITS.code),
  subcategory: requiredText(TEXT_LIMITS.code),
  /** Veniqa's admin never sends it: the category then gets the standard rate. */
  vatPercent: vatPercentInputSchema.optional(),
});
export type CategoryBody = z.output<typeof categoryBodySchema>;

export const updateCategoryBodySchema = z.object({
  _id: objectIdSchema,
  category: requiredText(TEXT_LIMITS.code).optional(),
  subcategory: requiredText(TEXT_LIMITS.code).optional(),
  vatPercent: vatPercentInputSchema.optional(),
  ...versionKey,
});
export type UpdateCategoryBody = z.output<typeof updateCategoryBodySchema>;

export const categoryIdQuerySchema = z.object({ categoryId: objectIdSchema });
export type CategoryIdQuery = z.output<typeof categoryIdQuerySchema>;
export const deleteCategoryBodySchema = z.object({ categoryId: objectIdSchema });
export type DeleteCategoryBody = z.output<typeof deleteCategoryBodySchema>;

export const tariffBodySchema = z.object({
  name: requiredText(TEXT_LIMITS.code),
  rates: tariffRatesInputSchema,
});
export type TariffBody = z.output<typeof tariffBodySchema>;

export const updateTariffBodySchema = z.object({
  _id: objectIdSchema,
  name: requiredText(TEXT_LIMITS.code).optional(),
  rates: tariffRatesInputSchema.optional(),
  ...versionKey,
});
export type UpdateTariffBody = z.output<typeof updateTariffBodySchema>;

export const tariffIdQuerySchema = z.object({ tariffId: objectIdSchema });
export type TariffIdQuery = z.output<typeof tariffIdQuerySchema>;
export const deleteTariffBodySchema = z.object({ tariffId: objectIdSchema });
export type DeleteTariffBody = z.output<typeof deleteTariffBodySchema>;

/** `GET /referenceData/getCatalogBundle`: everything the product form needs in one call. */
export const catalogBundleSchema = z.object({
  stores: z.array(z.string()),
  product_categories: z.array(categorySchema),
  weight_units: z.array(z.string()),
  tariff_categories: z.array(z.object({ _id: objectIdSchema, name: z.string() })),
});
export type CatalogBundle = z.output<typeof catalogBundleSchema>;
