import { randomBytes } from 'node:crypto';
import type { AdminSummary, Auditor, CreateAdminBody } from '@aneis/contracts';
import { Conflict } from '@aneis/errors';
import { MAIL_TEMPLATES } from '@aneis/mail';
import { adminLinks } from '../mail/admin-links.js';
import { adminSummaryOf } from '../security/login.js';
import { ONBOARDING_TOKEN_TTL_MS, hashResetToken, newResetToken } from '../security/reset-token.js';
import type { Services } from '../services.js';
import { adminViewOf } from './admin-view.js';

/**
 * Creates an approved admin with an unknowable password and e-mails a 30-day link to set one.
 * Veniqa's client sends `approved: true`; new admins are always approved.
 */
export async function createAdmin(
  deps: Pick<Services, 'admins' | 'audit' | 'mail' | 'now' | 'publicAdminUrl' | 'passwords'>,
  actor: Auditor,
  body: CreateAdminBody,
): Promise<AdminSummary> {
  // Checked first: the embedded test database does not enforce the unique index.
  if (await deps.admins.exists({ email: body.email })) {
    throw new Conflict('An admin with this e-mail already exists');
  }
  const token = newResetToken();
  const admin = await deps.admins.create({
    email: body.email,
    name: body.name,
    permissions: body.permissions,
    approved: true,
    password: await deps.passwords.hash(randomBytes(20).toString('hex')),
    passwordResetTokenHash: hashResetToken(token),
    passwordResetExpires: new Date(deps.now().getTime() + ONBOARDING_TOKEN_TTL_MS),
  });
  await deps.audit.record({
    actor,
    action: 'createAdmin',
    entityType: 'admin',
    entityId: admin.email,
    before: null,
    after: adminViewOf(admin),
  });
  await deps.mail.send({
    template: MAIL_TEMPLATES.confirmAccountAdmin,
    to: admin.email,
    data: {
      name: admin.name,
      confirm_account_admin_url: adminLinks(deps.publicAdminUrl).onboarding(token),
    },
  });
  return adminSummaryOf(admin);
}
