import { z } from 'zod';
import {
  emailSchema,
  hexTokenSchema,
  loginPasswordSchema,
  newPasswordSchema,
} from './credentials.js';
import { TEXT_LIMITS, optionalText } from './text.js';

/** Request shapes of the security routes both servers share. */

/** Veniqa's storefront also sends a reCAPTCHA token at login and signup; it is tolerated. */
export const loginBodySchema = z.object({
  email: emailSchema,
  password: loginPasswordSchema,
  recaptcha: optionalText(TEXT_LIMITS.recaptcha),
});
export type LoginBody = z.output<typeof loginBodySchema>;
export type LoginBodyInput = z.input<typeof loginBodySchema>;

/** `?email=` of forgotPassword and resendEmailAddressConfirmationLink. */
export const emailQuerySchema = z.object({ email: emailSchema });
export type EmailQuery = z.output<typeof emailQuerySchema>;

/** `:token` of confirmEmailAddress and validatePasswordResetToken. */
export const tokenParamsSchema = z.object({ token: hexTokenSchema });
export type TokenParams = z.output<typeof tokenParamsSchema>;

export const resetPasswordBodySchema = z.object({
  token: hexTokenSchema,
  newPassword: newPasswordSchema,
});
export type ResetPasswordBody = z.output<typeof resetPasswordBodySchema>;
export type ResetPasswordBodyInput = z.input<typeof resetPasswordBodySchema>;
