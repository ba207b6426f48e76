import { z } from 'zod';
import { MAX_CUSTOMIZATIONS } from '../constants/limits.js';
import { absentWhenBlank } from '../common/lenient-input.js';
import { boundedRecord, mapKeySchema, requiredText } from '../common/text.js';

export { MAX_CUSTOMIZATIONS } from '../constants/limits.js';
const MAX_VALUES = 30;
/** A price difference is at most ± 100 000 € (in cents). */
export const MAX_PRICE_DELTA_CENTS = 10_000_000;

const hexColourSchema = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'must be a hex colour such as #000000');
const optionValueSchema = requiredText(60);

/** A text a shopper reads, in both languages of the shop. */
export const bilingualLabelSchema = z.object({ pt: requiredText(60), en: requiredText(60) });
export type BilingualLabel = z.output<typeof bilingualLabelSchema>;

const priceDeltaSchema = z
  .int({ error: 'a price difference must be a whole number of cents' })
  .min(-MAX_PRICE_DELTA_CENTS, `a price difference must be at least -${MAX_PRICE_DELTA_CENTS}`)
  .max(MAX_PRICE_DELTA_CENTS, `a price difference must be at most ${MAX_PRICE_DELTA_CENTS}`);

/**
 * What one value adds: its label per language and the cents it adds to the product's price
 * (may be negative or zero). A list, not a map keyed by value: values are free text ("18.5",
 * "$"), which must never become document keys.
 */
export const valueDetailSchema = z.object({
  value: optionValueSchema,
  labels: bilingualLabelSchema.optional(),
  priceDelta: priceDeltaSchema.optional(),
});
export type ValueDetail = z.output<typeof valueDetailSchema>;

/**
 * Veniqa's shape (`type`, `name`, `key`, `values` as plain strings) plus optional extras kept
 * beside it, so Veniqa's clients read and send what they always did:
 * - `labels`: the option's name per language; `valueDetails`: labels and price differences of
 *   its values.
 * - `required`: the shopper must choose a value (no default is ever picked for them). Options
 *   that tell variants apart are required whether or not this is set.
 */
const customizationBase = {
  name: requiredText(60),
  key: mapKeySchema,
  labels: bilingualLabelSchema.optional(),
  valueDetails: z.array(valueDetailSchema).max(MAX_VALUES).optional(),
  required: z.boolean().optional(),
};

export const customizationSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('Colors'),
    ...customizationBase,
    values: z
      .array(z.object({ name: optionValueSchema, hexValue: hexColourSchema }))
      .min(2, 'Minimum of two options required in color array')
      .max(MAX_VALUES, `Maximum of ${MAX_VALUES} options allowed`),
  }),
  z.object({
    type: z.literal('Array'),
    ...customizationBase,
    values: z
      .array(optionValueSchema)
      .min(2, 'Minimum of two options required in string array')
      .max(MAX_VALUES, `Maximum of ${MAX_VALUES} options allowed`),
  }),
  z.object({
    type: z.literal('Toggle'),
    ...customizationBase,
    values: z.array(optionValueSchema).length(2, 'Two possible values are required'),
  }),
]);
export type Customization = z.output<typeof customizationSchema>;

/** The values a shopper may choose for an option, as the storefront sends them. */
export function optionValueNames(option: Customization): string[] {
  return option.type === 'Colors' ? option.values.map((colour) => colour.name) : option.values;
}

/** Details may only name the option's own values, each once. */
function detailsNameOwnValues(option: Customization): boolean {
  const own = new Set(optionValueNames(option));
  const named = (option.valueDetails ?? []).map((detail) => detail.value);
  return named.every((value) => own.has(value)) && new Set(named).size === named.length;
}

export const customizationOptionsSchema = z.object({
  customizations: z
    .array(customizationSchema)
    .max(MAX_CUSTOMIZATIONS, 'Maximum of seven customizations allowed')
    .refine((list) => new Set(list.map((c) => c.key)).size === list.length, {
      message: 'customization keys must be unique',
    })
    .refine((list) => list.every(detailsNameOwnValues), {
      message: 'valueDetails may only name values of their own option, each once',
    }),
});
export type CustomizationOptions = z.output<typeof customizationOptionsSchema>;

/**
 * A shopper's choices, keyed by customization `key`. Colours arrive as "<name>|<hex>" as in
 * Veniqa's storefront; the server checks each value against the product's options.
 */
export const customizationChoicesSchema = boundedRecord(requiredText(100), MAX_CUSTOMIZATIONS);
export type CustomizationChoices = z.output<typeof customizationChoicesSchema>;

/**
 * The choices as a cart request sends them. Veniqa's storefront sends `""` for an option it has
 * no value for, and `null` instead of the whole map when merging a cart at login: both mean
 * "nothing chosen" (the server then applies its rules for missing choices).
 */
export const customizationChoicesInputSchema = absentWhenBlank(
  boundedRecord(z.union([z.literal(''), requiredText(100)]), MAX_CUSTOMIZATIONS).transform(
    (choices): CustomizationChoices =>
      Object.fromEntries(Object.entries(choices).filter(([, value]) => value !== '')),
  ),
);
