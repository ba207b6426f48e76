import { moneyFromMinor, type BankTransferInstructions } from '@aneis/contracts';
import {
  DEFAULT_MAIL_LANGUAGE,
  isMailLanguage,
  type MailLanguage,
} from '../language/mail-language.js';
import type { LinkStyle } from '../links/link-style.js';
import { storefrontLinks } from '../links/storefront-links.js';
import type { MailRequest } from '../mail-message.js';
import type { OrderForMail, StoredMailMoney } from './order-for-mail.js';
import { orderMailData } from './order-mail-data.js';
import { MAIL_TEMPLATES } from './template-names.js';

/** The storefront page of an order, when the storefront's address is known. */
function orderUrlOf(
  order: OrderForMail,
  storefrontUrl: string | undefined,
  style: LinkStyle | undefined,
): string | undefined {
  return storefrontUrl === undefined
    ? undefined
    : storefrontLinks(storefrontUrl, style).order(String(order._id));
}

/** The language the order was placed in, Portuguese for orders from before it was kept. */
function languageOf(order: OrderForMail): MailLanguage {
  return isMailLanguage(order.language) ? order.language : DEFAULT_MAIL_LANGUAGE;
}

/**
 * "Order received", sent by the shopping server when an order is placed; with `bankTransfer`
 * (a transfer still owed) the mail says where, with what reference and by when to pay.
 */
export function orderReceivedMail(
  order: OrderForMail,
  storefrontUrl?: string,
  storefrontLinkStyle?: LinkStyle,
  bankTransfer?: BankTransferInstructions,
): MailRequest {
  return {
    template: MAIL_TEMPLATES.orderReceived,
    to: order.user_email,
    language: languageOf(order),
    data: {
      ...orderMailData(order, orderUrlOf(order, storefrontUrl, storefrontLinkStyle)),
      ...(bankTransfer ? { bank_transfer: bankTransfer } : {}),
    },
  };
}

/** The line a mail is about, by its `_id`. */
function lineOf(order: OrderForMail, lineId: string | undefined) {
  return lineId === undefined
    ? undefined
    : order.cart.items.find((item) => String(item._id) === lineId);
}

/** How the order mails name the order: its id, and its number when it has one. */
function orderNames(order: OrderForMail) {
  return {
    order_id: String(order._id),
    ...(order.orderNumber === undefined ? {} : { order_number: order.orderNumber }),
  };
}

export interface OrderStatusChange {
  /** The order as it is now (after the change). */
  order: OrderForMail;
  /** What happened, e.g. `confirmed`, `cancelled`, `shipped`, `delivered`. */
  event?: string;
  /** The order line the change concerns (one item shipped, delivered …), by its `_id`. */
  lineId?: string;
  /** The shopper's name, for the greeting. */
  name?: string;
  /** PUBLIC_STOREFRONT_URL: gives the mail a link to the order; omit it and there is none. */
  storefrontUrl?: string;
  /** STOREFRONT_LINK_STYLE: how that link is written (path by default). */
  storefrontLinkStyle?: LinkStyle;
  /** Overrides the order's own language (e.g. the shopper's account language for an old order). */
  language?: MailLanguage;
  /** The shipped line's carrier as the shop knows it (a code alone means little to a shopper). */
  carrier?: { name: string; trackingUrl?: string };
  /** Money given back with this change (a cancelled order that was paid). */
  refund?: MailRefund;
}

/** A refund as the mails tell it; `method` is `STRIPE` (to the card) or `BANK_TRANSFER`. */
export interface MailRefund {
  amount: StoredMailMoney;
  method: string;
  reason?: string;
}

function refundData(refund: MailRefund | undefined) {
  if (!refund) return {};
  return {
    refund: {
      amount: moneyFromMinor(refund.amount),
      method: refund.method,
      ...(refund.reason ? { reason: refund.reason } : {}),
    },
  };
}

/**
 * "Your order changed" (Veniqa sent nothing after "order received"): the order's new overall
 * status, the event, and for a line-level change the item with its status and shipment.
 */
export function orderStatusChangedMail(change: OrderStatusChange): MailRequest {
  const { order } = change;
  const orderUrl = orderUrlOf(order, change.storefrontUrl, change.storefrontLinkStyle);
  const line = lineOf(order, change.lineId);
  const processing = line?.order_line_level_processing_details ?? undefined;
  return {
    template: MAIL_TEMPLATES.orderStatusChanged,
    to: order.user_email,
    language: change.language ?? languageOf(order),
    data: {
      ...orderNames(order),
      overall_status: order.overall_status,
      ...(change.name === undefined ? {} : { name: change.name }),
      ...(change.event === undefined ? {} : { event: change.event }),
      ...(orderUrl === undefined ? {} : { order_url: orderUrl }),
      ...(line
        ? {
            item: {
              name: line.product.name,
              ...(processing ? { status: processing.status } : {}),
              ...(processing?.shipment
                ? {
                    provider: processing.shipment.provider,
                    tracking_number: processing.shipment.tracking_number,
                    ...(change.carrier ? { provider_name: change.carrier.name } : {}),
                    ...(change.carrier?.trackingUrl
                      ? { tracking_url: change.carrier.trackingUrl }
                      : {}),
                  }
                : {}),
            },
          }
        : {}),
      ...refundData(change.refund),
      order: orderMailData(order, orderUrl),
    },
  };
}

export interface OrderRefundNotice {
  /** The order as it is now. */
  order: OrderForMail;
  /** Units of a delivered line that came back, by the line's `_id`. */
  returned?: { lineId: string; quantity: number };
  /** The money given back (absent when a return was accepted without a refund yet). */
  refund?: MailRefund;
  storefrontUrl?: string;
  storefrontLinkStyle?: LinkStyle;
  language?: MailLanguage;
}

/**
 * "Return accepted" (with its refund, if any) or "refund made" alone (a card refund that went
 * through on a later try): the shopper learns what came back and what money went back how.
 */
export function orderRefundedMail(notice: OrderRefundNotice): MailRequest {
  const { order } = notice;
  const orderUrl = orderUrlOf(order, notice.storefrontUrl, notice.storefrontLinkStyle);
  const { returned } = notice;
  const line = lineOf(order, returned?.lineId);
  return {
    template: MAIL_TEMPLATES.orderRefunded,
    to: order.user_email,
    language: notice.language ?? languageOf(order),
    data: {
      ...orderNames(order),
      ...(orderUrl === undefined ? {} : { order_url: orderUrl }),
      ...(line && returned
        ? { returned: { name: line.product.name, quantity: returned.quantity } }
        : {}),
      ...refundData(notice.refund),
      order: orderMailData(order, orderUrl),
    },
  };
}
