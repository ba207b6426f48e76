import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, PASSWORD_MAX_BYTES } from '../constants/limits.js';
import { fieldIssueCodes } from '../constants/error-codes.js';
import { utf8Length } from './utf8-length.js';

/** E-mail normalised the way accounts store it: trimmed and lower-cased before the check. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'must not be empty')
  .max(254, 'must be at most 254 characters')
  .regex(z.regexes.email, 'must be a valid e-mail address');

export { PASSWORD_MIN_LENGTH, PASSWORD_MAX_BYTES } from '../constants/limits.js';

/** Policy for new passwords (signup, reset). Not trimmed: spaces are part of a password. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .refine((password) => utf8Length(password) <= PASSWORD_MAX_BYTES, {
    message: `must be at most ${PASSWORD_MAX_BYTES} bytes`,
    params: { code: fieldIssueCodes.tooLong },
  })
  // Refinements rather than regexes so each rule carries its own code for the webclients.
  .refine((password) => /\p{L}/u.test(password), {
    message: 'must contain at least one letter',
    params: { code: fieldIssueCodes.needsLetter },
  })
  .refine((password) => /\p{N}/u.test(password), {
    message: 'must contain at least one digit',
    params: { code: fieldIssueCodes.needsDigit },
  });

/** A password offered at login: only bounded, because older accounts predate the policy. */
export const loginPasswordSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

/** Confirmation and reset tokens: 20 random bytes as 40 hex characters. */
export const hexTokenSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{40}$/, 'must be a 40-character hexadecimal token')
  .toLowerCase();
