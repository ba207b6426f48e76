import { z } from 'zod';
import { emailSchema, newPasswordSchema } from '../common/credentials.js';
import { TEXT_LIMITS, optionalText, requiredText } from '../common/text.js';
import { storedCartSchema } from '../model/cart.js';

/** Veniqa's storefront also sends `phone` and a reCAPTCHA token; both are tolerated. */
export const signupBodySchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  name: requiredText(TEXT_LIMITS.name),
  phone: optionalText(30),
  recaptcha: optionalText(TEXT_LIMITS.recaptcha),
});
export type SignupBody = z.output<typeof signupBodySchema>;
export type SignupBodyInput = z.input<typeof signupBodySchema>;

export const signupResponseSchema = z.object({ email: emailSchema, name: z.string() });
export type SignupResponse = z.output<typeof signupResponseSchema>;

/** The raw (not enveloped) body of a successful customer login. */
export const customerSummarySchema = z.object({
  email: emailSchema,
  name: z.string(),
  referral_token: z.string(),
  emailConfirmed: z.boolean(),
  cart: storedCartSchema.optional(),
});
export type CustomerSummary = z.output<typeof customerSummarySchema>;
