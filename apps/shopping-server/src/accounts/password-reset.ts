import type { PasswordHasher, SessionRegistry } from '@aneis/auth';
import type { ShopModels } from '@aneis/data';
import { NotFound } from '@aneis/errors';
import { DEFAULT_MAIL_LANGUAGE, type MailLanguage } from '@aneis/mail';
import type { Clock } from '../clock.js';
import type { ShopMail } from '../emails/shop-mail.js';
import { hashToken, newToken } from './tokens.js';

/** Reset links live one hour (Veniqa's setting). */
export const RESET_TOKEN_TTL_MS = 3_600_000;

export interface PasswordResetDeps {
  models: ShopModels;
  mail: ShopMail;
  sessions: SessionRegistry;
  passwords: PasswordHasher;
  now: Clock;
}

/** Mails reset instructions when the account exists; the answer is the same either way. */
export async function forgotPassword(
  deps: PasswordResetDeps,
  email: string,
  language: MailLanguage = DEFAULT_MAIL_LANGUAGE,
): Promise<true> {
  const token = newToken();
  const customer = await deps.models.Customer.findOneAndUpdate(
    { email, deleted: { $ne: true } },
    {
      $set: {
        passwordResetToken: hashToken(token),
        passwordResetExpires: new Date(deps.now().getTime() + RESET_TOKEN_TTL_MS),
      },
    },
    { returnDocument: 'after' },
  ).lean();
  if (customer) deps.mail.resetPassword(customer.email, customer.name, token, language);
  return true;
}

function liveTokenFilter(deps: Pick<PasswordResetDeps, 'now'>, token: string) {
  return {
    passwordResetToken: hashToken(token),
    passwordResetExpires: { $gt: deps.now() },
    deleted: { $ne: true },
  };
}

export async function isResetTokenValid(
  deps: Pick<PasswordResetDeps, 'models' | 'now'>,
  token: string,
): Promise<boolean> {
  return (await deps.models.Customer.exists(liveTokenFilter(deps, token))) !== null;
}

/**
 * Sets the new password, spends the token, and ends every session of the account: whoever
 * reset the password may be locking out someone who had got in with the old one.
 */
export async function resetPassword(
  deps: PasswordResetDeps,
  token: string,
  newPassword: string,
  language: MailLanguage = DEFAULT_MAIL_LANGUAGE,
): Promise<true> {
  const password = await deps.passwords.hash(newPassword);
  const customer = await deps.models.Customer.findOneAndUpdate(
    liveTokenFilter(deps, token),
    { $set: { password }, $unset: { passwordResetToken: 1, passwordResetExpires: 1 } },
    { returnDocument: 'after' },
  ).lean();
  if (!customer) throw new NotFound();
  await deps.sessions.revokeUser(String(customer._id));
  deps.mail.passwordResetDone(customer.email, customer.name, language);
  return true;
}
