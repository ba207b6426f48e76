import { z } from 'zod';
import { MAX_CUSTOMIZATIONS } from '../constants/limits.js';
import { absentWhenBlank } from '../common/lenient-input.js';
import { boundedRecord, requiredText } from '../common/text.js';
import { stockSchema } from './stock.js';

/** 15 ring sizes × 5 metals is 75; room for a third option. */
export const MAX_VARIANTS = 300;

/**
 * One combination of the variant options (e.g. `{ tamanho: "62", metal: "Platina 950" }`) with
 * its own SKU and stock. Prices are not per variant: each option value carries its own price
 * difference (see the customization's `valueDetails`).
 */
export const variantInputSchema = z.object({
  choices: boundedRecord(requiredText(60), MAX_CUSTOMIZATIONS),
  sku: absentWhenBlank(requiredText(60)),
  /** Absent: not tracked (always available). */
  stock: stockSchema.optional(),
});
export type VariantInput = z.output<typeof variantInputSchema>;

export const variantInputsSchema = z
  .array(variantInputSchema)
  .max(MAX_VARIANTS, `at most ${MAX_VARIANTS} variants`);

/** A variant as the servers answer it: `key` names the combination (see `variantKey`). */
export const variantSchema = z.object({
  key: z.string(),
  choices: z.record(z.string(), z.string()),
  sku: z.string().optional(),
  stock: stockSchema.optional(),
});
export type Variant = z.output<typeof variantSchema>;
