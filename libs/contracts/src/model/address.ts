import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { absentWhenBlank } from '../common/lenient-input.js';
import { countryRefSchema, optionalText, requiredText } from '../common/text.js';

/** Digits with the usual separators; at least six digits. */
export const mobilePhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,23}$/, 'must be a phone number')
  .refine((phone) => phone.replace(/\D/g, '').length >= 6, {
    message: 'must have at least six digits',
  });

/** Text a form may leave empty: stored as `""` (Veniqa's storefront requires neither). */
const mayBeEmpty = <T extends z.ZodType<string>>(schema: T) =>
  absentWhenBlank(schema).transform((value): string => value ?? '');

/**
 * The fields a shopper fills in. Veniqa ignored extra keys (its storefront posts `_id: ""`,
 * `address1` and `address2` from an unused DTO), so they are stripped here too. Veniqa's form
 * requires neither a last name nor a phone.
 */
export const addressFieldsSchema = z.object({
  firstName: requiredText(60),
  lastName: mayBeEmpty(requiredText(60)),
  addressLine1: requiredText(200),
  addressLine2: absentWhenBlank(optionalText(200)),
  city: requiredText(100),
  state: requiredText(100),
  zipCode: absentWhenBlank(optionalText(20)),
  country: countryRefSchema,
  mobilePhone: mayBeEmpty(mobilePhoneSchema),
});
export type AddressFields = z.output<typeof addressFieldsSchema>;

/** An address as the servers send it (stored values; blanks as `""`). */
export const addressSchema = z.object({
  _id: objectIdSchema,
  firstName: z.string(),
  lastName: z.string(),
  addressLine1: z.string(),
  addressLine2: z.string().optional(),
  city: z.string(),
  state: z.string(),
  zipCode: z.string().optional(),
  country: z.string(),
  mobilePhone: z.string(),
});
export type Address = z.output<typeof addressSchema>;
