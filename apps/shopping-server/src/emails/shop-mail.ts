import type { OrderDocumentFields } from '@aneis/data';
import type { Logger } from '@aneis/logging';
import {
  MAIL_TEMPLATES,
  orderReceivedMail,
  storefrontLinks,
  type Mailer,
  type MailRequest,
} from '@aneis/mail';

/**
 * The shop's e-mails. Sending never blocks or fails the request that triggers it (a mail
 * provider outage must not stop a signup or an order); failures are logged once. `settled()`
 * lets tests and shutdown wait for mails still being written. The order mails' data builders
 * live in @aneis/mail, shared with the management server (which sends the status mails).
 */
export interface ShopMail {
  confirmAccount(to: string, name: string, token: string): void;
  resetPassword(to: string, name: string, token: string): void;
  passwordResetDone(to: string, name: string): void;
  orderReceived(order: OrderDocumentFields): void;
  settled(): Promise<void>;
}

export function createShopMail(mailer: Mailer, logger: Logger, storefrontUrl: string): ShopMail {
  const links = storefrontLinks(storefrontUrl);
  const pending = new Set<Promise<unknown>>();

  function send(request: MailRequest): void {
    const sending = mailer
      .send(request)
      .catch((error: unknown) =>
        logger.error('mail not sent', {
          template: request.template,
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .finally(() => pending.delete(sending));
    pending.add(sending);
  }

  return {
    confirmAccount(to, name, token) {
      send({
        template: MAIL_TEMPLATES.confirmAccountCustomer,
        to,
        data: { name, confirm_account_customer_url: links.emailConfirmation(token) },
      });
    },
    resetPassword(to, name, token) {
      send({
        template: MAIL_TEMPLATES.resetPasswordCustomer,
        to,
        data: { name, reset_password_customer_url: links.passwordReset(token) },
      });
    },
    passwordResetDone(to, name) {
      send({ template: MAIL_TEMPLATES.passwordResetDoneCustomer, to, data: { name } });
    },
    orderReceived(order) {
      send(orderReceivedMail(order, storefrontUrl));
    },
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
