import { z } from 'zod';
import { MAX_CUSTOMIZATIONS } from '../constants/limits.js';
import { absentWhenBlank } from '../common/lenient-input.js';
import { boundedRecord, mapKeySchema, requiredText } from '../common/text.js';

export { MAX_CUSTOMIZATIONS } from '../constants/limits.js';
const MAX_VALUES = 30;

const hexColourSchema = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'must be a hex colour such as #000000');
const optionValueSchema = requiredText(60);

const customizationBase = {
  name: requiredText(60),
  key: mapKeySchema,
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

export const customizationOptionsSchema = z.object({
  customizations: z
    .array(customizationSchema)
    .max(MAX_CUSTOMIZATIONS, 'Maximum of seven customizations allowed')
    .refine((list) => new Set(list.map((c) => c.key)).size === list.length, {
      message: 'customization keys must be unique',
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
