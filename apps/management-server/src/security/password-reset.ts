import { NotFound } from '@aneis/errors';
import { adminLinks, DEFAULT_MAIL_LANGUAGE, MAIL_TEMPLATES, type MailLanguage } from '@aneis/mail';
import type { Services } from '../services.js';
import { RESET_TOKEN_TTL_MS, hashResetToken, newResetToken } from './reset-token.js';

type Deps = Pick<
  Services,
  | 'admins'
  | 'mail'
  | 'now'
  | 'publicAdminUrl'
  | 'adminLinkStyle'
  | 'passwords'
  | 'sessions'
  | 'audit'
>;

/**
 * Sends reset instructions when the e-mail belongs to an admin (approved or not). The answer is
 * the same either way, so nobody can learn which e-mails have admin accounts.
 */
export async function requestPasswordReset(
  deps: Deps,
  email: string,
  language: MailLanguage = DEFAULT_MAIL_LANGUAGE,
): Promise<true> {
  const admin = await deps.admins.findOne({ email });
  if (!admin) return true;
  const token = newResetToken();
  admin.passwordResetTokenHash = hashResetToken(token);
  admin.passwordResetExpires = new Date(deps.now().getTime() + RESET_TOKEN_TTL_MS);
  await admin.save();
  await deps.mail.send({
    template: MAIL_TEMPLATES.resetPasswordAdmin,
    to: admin.email,
    language,
    data: {
      name: admin.name,
      reset_password_admin_url: adminLinks(deps.publicAdminUrl, deps.adminLinkStyle).passwordReset(
        token,
      ),
    },
  });
  return true;
}

export async function isResetTokenValid(
  deps: Pick<Services, 'admins' | 'now'>,
  token: string,
): Promise<boolean> {
  const admin = await deps.admins.findOne({
    passwordResetTokenHash: hashResetToken(token),
    passwordResetExpires: { $gt: deps.now() },
  });
  return admin !== null;
}

/** Sets the new password, spends the token and ends every session of the admin. */
export async function resetPassword(
  deps: Deps,
  token: string,
  newPassword: string,
  language: MailLanguage = DEFAULT_MAIL_LANGUAGE,
): Promise<true> {
  const admin = await deps.admins.findOne({
    passwordResetTokenHash: hashResetToken(token),
    passwordResetExpires: { $gt: deps.now() },
  });
  if (!admin) throw new NotFound();
  admin.password = await deps.passwords.hash(newPassword);
  admin.passwordResetTokenHash = null;
  admin.passwordResetExpires = null;
  await admin.save();
  await deps.sessions.revokeUser(admin.id as string);
  await deps.audit.record({
    actor: { email: admin.email, name: admin.name },
    action: 'resetPassword',
    entityType: 'admin',
    entityId: admin.email,
    // Only the fact is recorded: the password itself never reaches the audit log.
    before: { credentials: 'previous' },
    after: { credentials: 'replaced' },
  });
  await deps.mail.send({
    template: MAIL_TEMPLATES.passwordResetDoneAdmin,
    to: admin.email,
    language,
    data: { name: admin.name },
  });
  return true;
}
