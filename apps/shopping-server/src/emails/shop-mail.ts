import type { OrderDocumentFields } from '@aneis/data';
import type { Logger } from '@aneis/logging';
import type { Mailer } from '@aneis/mail';
import { orderMailData } from './order-mail-data.js';
import { MAIL_TEMPLATES } from './templates.js';

/**
 * The shop's e-mails. Sending never blocks or fails the request that triggers it (a mail
 * provider outage must not stop a signup or an order); failures are logged once. `settled()`
 * lets tests and shutdown wait for mails still being written.
 */
export interface ShopMail {
  confirmAccount(to: string, name: string, token: string): void;
  resetPassword(to: string, name: string, token: string): void;
  passwordResetDone(to: string, name: string): void;
  orderReceived(order: OrderDocumentFields): void;
  orderStatusChanged(order: OrderDocumentFields, name: string): void;
  settled(): Promise<void>;
}

/** Storefront links: Veniqa's path shapes without the `#` of its hash router. */
export function storefrontLinks(base: string) {
  const root = base.replace(/\/+$/, '');
  return {
    emailConfirmation: (token: string) => `${root}/email-confirmation/${token}`,
    passwordReset: (token: string) => `${root}/password-reset/${token}`,
    order: (orderId: string) => `${root}/orders/${orderId}`,
  };
}

export function createShopMail(mailer: Mailer, logger: Logger, storefrontUrl: string): ShopMail {
  const links = storefrontLinks(storefrontUrl);
  const pending = new Set<Promise<unknown>>();

  function send(template: string, to: string, data: Record<string, unknown>): void {
    const sending = mailer
      .send({ template, to, data })
      .catch((error: unknown) =>
        logger.error('mail not sent', {
          template,
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .finally(() => pending.delete(sending));
    pending.add(sending);
  }

  return {
    confirmAccount(to, name, token) {
      send(MAIL_TEMPLATES.confirmAccount, to, {
        name,
        confirm_account_customer_url: links.emailConfirmation(token),
      });
    },
    resetPassword(to, name, token) {
      send(MAIL_TEMPLATES.resetPassword, to, {
        name,
        reset_password_customer_url: links.passwordReset(token),
      });
    },
    passwordResetDone(to, name) {
      send(MAIL_TEMPLATES.passwordResetDone, to, { name });
    },
    orderReceived(order) {
      send(
        MAIL_TEMPLATES.orderReceived,
        order.user_email,
        orderMailData(order, links.order(String(order._id))),
      );
    },
    orderStatusChanged(order, name) {
      send(MAIL_TEMPLATES.orderStatusChanged, order.user_email, {
        name,
        order_id: String(order._id),
        overall_status: order.overall_status,
        order_url: links.order(String(order._id)),
        order: orderMailData(order, links.order(String(order._id))),
      });
    },
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
