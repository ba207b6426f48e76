import type { Mailer } from '@aneis/mail';
import type { Logger } from 'winston';

/**
 * Our logical template names → SendGrid dynamic template ids. The ids are placeholders until the
 * production templates exist; the outbox transport (no API key) accepts any id.
 */
export const ADMIN_MAIL_TEMPLATES = {
  confirm_account_admin: 'd-confirm-account-admin',
  reset_password_admin: 'd-reset-password-admin',
  confirmation_password_reset_admin: 'd-confirmation-password-reset-admin',
  order_status_changed: 'd-order-status-changed',
} as const;

export type AdminMailTemplate = keyof typeof ADMIN_MAIL_TEMPLATES;

export interface MailSender {
  /** Sends one message; a failure is logged, never thrown (the change it reports stands). */
  send(template: AdminMailTemplate, to: string, data: Record<string, unknown>): Promise<boolean>;
}

export function createMailSender(mailer: Mailer, logger: Logger): MailSender {
  return {
    async send(template, to, data) {
      try {
        await mailer.send({ template, to, data });
        return true;
      } catch (error) {
        logger.error('mail could not be sent', {
          template,
          error: error instanceof Error ? error.message : String(error),
        });
        return false;
      }
    },
  };
}

/** The admin web client's hash route that sets a password (reset and onboarding alike). */
export function passwordResetLink(publicAdminUrl: string, token: string): string {
  return `${publicAdminUrl.replace(/\/+$/, '')}/#/password-reset/${token}`;
}
