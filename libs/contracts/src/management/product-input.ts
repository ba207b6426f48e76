import { z } from 'zod';
import { MAX_PRODUCT_IMAGES } from '../constants/limits.js';
import { objectIdSchema } from '../common/ids.js';
import { absentWhenBlank } from '../common/lenient-input.js';
import { moneyInputSchema } from '../common/money.js';
import { TEXT_LIMITS, boundedRecord, httpUrlSchema, requiredText } from '../common/text.js';
import { weightInputSchema } from '../common/weight.js';
import { customizationOptionsSchema, type Customization } from '../model/customization.js';
import { lowStockThresholdSchema, stockSchema } from '../model/stock.js';
import { variantProblems } from '../model/variant-rules.js';
import { variantInputsSchema, type VariantInput } from '../model/variant.js';

export { MAX_PRODUCT_IMAGES } from '../constants/limits.js';

/**
 * A reference to a category or tariff. Veniqa's admin client sends the populated object it
 * read (`{ _id, category, subcategory }`); only its validated `_id` is kept.
 */
const referenceSchema = z.union([
  objectIdSchema,
  z.object({ _id: objectIdSchema }).transform((populated) => populated._id),
]);

const imageListSchema = z
  .array(httpUrlSchema)
  .max(MAX_PRODUCT_IMAGES, `at most ${MAX_PRODUCT_IMAGES} images`);

/**
 * The product fields an admin sends. Unknown keys (Veniqa's client adds `colors`, `sizes`,
 * `auditLog`, `__v`) are stripped, never stored: the audit log is always set by the server.
 * Prices and weights may arrive as the text of the form's inputs, as Veniqa's admin sends them.
 * Image hosts are checked against the configured allow-list by the server.
 * `stock: null` stops tracking stock; absent leaves it as it is.
 */
const productFields = {
  store: requiredText(TEXT_LIMITS.code),
  brand: requiredText(TEXT_LIMITS.name),
  name: requiredText(TEXT_LIMITS.line),
  item_url: absentWhenBlank(httpUrlSchema),
  store_sku: requiredText(TEXT_LIMITS.name),
  category: referenceSchema,
  tariff: referenceSchema,
  thumbnailUrls: imageListSchema,
  featuredImageUrls: imageListSchema.default([]),
  detailedImageUrls: imageListSchema,
  marked_price: moneyInputSchema.nullable().optional(),
  price: moneyInputSchema,
  weight: weightInputSchema,
  customizationOptions: customizationOptionsSchema.optional(),
  /**
   * Combinations with their own SKU and stock; `[]` removes them, absent leaves them as they
   * are (Veniqa's admin never sends them). With tracked variants the product's stock is
   * their sum, kept by the server.
   */
  variants: variantInputsSchema.optional(),
  custom_attributes: boundedRecord(requiredText(TEXT_LIMITS.line), 30).optional(),
  details_html: requiredText(TEXT_LIMITS.html),
  active: z.boolean().default(true),
  stock: stockSchema.nullable().optional(),
  lowStockThreshold: lowStockThresholdSchema.nullable().optional(),
};

/** Thumbnail i and detailed image i are the same picture at two sizes. */
function imagesArePaired(product: { thumbnailUrls: string[]; detailedImageUrls: string[] }) {
  return product.thumbnailUrls.length === product.detailedImageUrls.length;
}
const pairingProblem = {
  message: 'thumbnailUrls and detailedImageUrls must have the same number of images',
  path: ['detailedImageUrls'],
};

/** Variants must match the options sent with them (see variantProblems). */
function checkVariants(
  product: {
    customizationOptions?: { customizations: Customization[] } | undefined;
    variants?: VariantInput[] | undefined;
  },
  context: z.core.$RefinementCtx,
) {
  if (!product.variants || product.variants.length === 0) return;
  if (!product.customizationOptions) {
    context.addIssue({
      code: 'custom',
      message: 'variants need the customizationOptions they combine',
      path: ['variants'],
    });
    return;
  }
  for (const message of variantProblems(
    product.customizationOptions.customizations,
    product.variants,
  )) {
    context.addIssue({ code: 'custom', message, path: ['variants'] });
  }
}

export const addProductBodySchema = z
  .object(productFields)
  .refine(imagesArePaired, pairingProblem)
  .superRefine(checkVariants);
export type AddProductBody = z.output<typeof addProductBodySchema>;
export type AddProductBodyInput = z.input<typeof addProductBodySchema>;

export const updateProductBodySchema = z
  .object({ _id: objectIdSchema, ...productFields })
  .refine(imagesArePaired, pairingProblem)
  .superRefine(checkVariants);
export type UpdateProductBody = z.output<typeof updateProductBodySchema>;
export type UpdateProductBodyInput = z.input<typeof updateProductBodySchema>;
