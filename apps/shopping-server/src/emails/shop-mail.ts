import type { OrderDocumentFields } from '@aneis/data';
import type { Logger } from '@aneis/logging';
import {
  DEFAULT_MAIL_LANGUAGE,
  MAIL_TEMPLATES,
  orderReceivedMail,
  storefrontLinks,
  type LinkStyle,
  type MailLanguage,
  type Mailer,
  type MailRequest,
} from '@aneis/mail';
import {
  bankTransferInstructions,
  type BankAccount,
} from '../orders/bank-transfer-instructions.js';

/**
 * The shop's e-mails. Sending never blocks or fails the request that triggers it (a mail
 * provider outage must not stop a signup or an order); failures are logged once. `settled()`
 * lets tests and shutdown wait for mails still being written. The order mails' data builders
 * live in @aneis/mail, shared with the management server (which sends the status mails).
 * Account mails answer a request and are written in its language (the storefront sends its UI
 * language as Accept-Language); the order mail in the language the order was placed in.
 */
export interface ShopMail {
  confirmAccount(to: string, name: string, token: string, language?: MailLanguage): void;
  resetPassword(to: string, name: string, token: string, language?: MailLanguage): void;
  passwordResetDone(to: string, name: string, language?: MailLanguage): void;
  orderReceived(order: OrderDocumentFields & { language?: string }): void;
  settled(): Promise<void>;
}

export function createShopMail(
  mailer: Mailer,
  logger: Logger,
  storefrontUrl: string,
  linkStyle: LinkStyle,
  bankAccount: BankAccount,
): ShopMail {
  const links = storefrontLinks(storefrontUrl, linkStyle);
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
    confirmAccount(to, name, token, language = DEFAULT_MAIL_LANGUAGE) {
      send({
        template: MAIL_TEMPLATES.confirmAccountCustomer,
        to,
        language,
        data: { name, confirm_account_customer_url: links.emailConfirmation(token) },
      });
    },
    resetPassword(to, name, token, language = DEFAULT_MAIL_LANGUAGE) {
      send({
        template: MAIL_TEMPLATES.resetPasswordCustomer,
        to,
        language,
        data: { name, reset_password_customer_url: links.passwordReset(token) },
      });
    },
    passwordResetDone(to, name, language = DEFAULT_MAIL_LANGUAGE) {
      send({ template: MAIL_TEMPLATES.passwordResetDoneCustomer, to, language, data: { name } });
    },
    orderReceived(order) {
      // A transfer still owed: the mail says where to pay, as the order page does.
      const bankTransfer = bankTransferInstructions(order, bankAccount);
      send(orderReceivedMail(order, storefrontUrl, linkStyle, bankTransfer));
    },
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
