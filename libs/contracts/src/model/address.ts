import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { countryRefSchema, optionalText, requiredText } from '../common/text.js';

/** Digits with the usual separators; at least six digits. */
export const mobilePhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,23}$/, 'must be a phone number')
  .refine((phone) => phone.replace(/\D/g, '').length >= 6, {
    message: 'must have at least six digits',
  });

/** The fields a shopper fills in. Veniqa ignored extra keys, so they are stripped here too. */
export const addressFieldsSchema = z.object({
  firstName: requiredText(60),
  lastName: requiredText(60),
  addressLine1: requiredText(200),
  addressLine2: optionalText(200),
  city: requiredText(100),
  state: requiredText(100),
  zipCode: optionalText(20),
  country: countryRefSchema,
  mobilePhone: mobilePhoneSchema,
});
export type AddressFields = z.output<typeof addressFieldsSchema>;

export const addressSchema = addressFieldsSchema.extend({ _id: objectIdSchema });
export type Address = z.output<typeof addressSchema>;
