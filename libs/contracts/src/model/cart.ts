import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { moneySchema } from '../common/money.js';
import { weightSchema } from '../common/weight.js';
import { bilingualLabelSchema, customizationChoicesSchema } from './customization.js';
import { cartProductSchema } from './product-summaries.js';

function cartShape<P extends z.ZodType>(product: P) {
  const line = z.object({
    _id: objectIdSchema,
    product,
    counts: z.int().min(1),
    aggregatedWeight: weightSchema,
    aggregatedPrice: moneySchema,
    customizations: customizationChoicesSchema.optional(),
    /** The choices as a shopper reads them, in both languages (never raw keys). */
    choiceLabels: z
      .array(
        z.object({
          key: z.string(),
          value: z.string(),
          option: bilingualLabelSchema,
          label: bilingualLabelSchema,
        }),
      )
      .optional(),
    /** Options still to be chosen (a line merged without choices): checkout refuses it. */
    missingChoices: z.array(bilingualLabelSchema).optional(),
  });
  return z.object({
    items: z.array(line),
    totalWeight: weightSchema,
    subTotalPrice: moneySchema,
  });
}

/** The cart every cart route answers with (products populated). */
export const cartSchema = cartShape(cartProductSchema);
export type Cart = z.output<typeof cartSchema>;
export type CartLine = Cart['items'][number];

/** The cart as stored (product ids only): what login returns inside the user summary. */
export const storedCartSchema = cartShape(objectIdSchema);
export type StoredCart = z.output<typeof storedCartSchema>;
