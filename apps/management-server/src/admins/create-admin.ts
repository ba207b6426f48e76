import { randomBytes } from 'node:crypto';
import type { AdminSummary, Auditor, CreateAdminBody } from '@aneis/contracts';
import { createUnderEmailClaim } from '@aneis/data';
import { Conflict } from '@aneis/errors';
import { adminLinks, DEFAULT_MAIL_LANGUAGE, MAIL_TEMPLATES, type MailLanguage } from '@aneis/mail';
import { adminSummaryOf } from '../security/login.js';
import { ONBOARDING_TOKEN_TTL_MS, hashResetToken, newResetToken } from '../security/reset-token.js';
import type { Services } from '../services.js';
import { adminViewOf } from './admin-view.js';

const DUPLICATE_ADMIN_MESSAGE = 'An admin with this e-mail already exists';

/**
 * Creates an approved admin with an unknowable password and e-mails a 30-day link to set one.
 * Veniqa's client sends `approved: true`; new admins are always approved. Two superadmins
 * inviting one address at once make one admin: the other gets 409 (the e-mail claim decides).
 */
export async function createAdmin(
  deps: Pick<
    Services,
    'admins' | 'shop' | 'audit' | 'mail' | 'now' | 'publicAdminUrl' | 'adminLinkStyle' | 'passwords'
  >,
  actor: Auditor,
  body: CreateAdminBody,
  language: MailLanguage = DEFAULT_MAIL_LANGUAGE,
): Promise<AdminSummary> {
  // Cheap early answer for the common case, before any hashing is spent on it.
  if (await deps.admins.exists({ email: body.email })) throw new Conflict(DUPLICATE_ADMIN_MESSAGE);
  const token = newResetToken();
  const outcome = await createUnderEmailClaim(
    deps.shop.EmailClaim,
    {
      kind: 'admin',
      email: body.email,
      findAccount: async () => (await deps.admins.exists({ email: body.email }))?._id ?? null,
    },
    async () =>
      deps.admins.create({
        email: body.email,
        name: body.name,
        permissions: body.permissions,
        approved: true,
        password: await deps.passwords.hash(randomBytes(20).toString('hex')),
        passwordResetTokenHash: hashResetToken(token),
        passwordResetExpires: new Date(deps.now().getTime() + ONBOARDING_TOKEN_TTL_MS),
      }),
  );
  if (!outcome.created) throw new Conflict(DUPLICATE_ADMIN_MESSAGE);
  const admin = outcome.account;
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
    language,
    data: {
      name: admin.name,
      confirm_account_admin_url: adminLinks(deps.publicAdminUrl, deps.adminLinkStyle).onboarding(
        token,
      ),
    },
  });
  return adminSummaryOf(admin);
}
