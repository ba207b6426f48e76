import type { MailCopy } from '../copy/mail-copy.js';
import type { MailView } from '../mail-view.js';
import { baseView } from './base-view.js';
import { mailFormat, type MailFormat } from './mail-format.js';
import { orderLabel, orderSummaryView } from './order-summary-view.js';
import { linkAt, moneyAt, numberAt, recordAt, textAt, type DataRecord } from './template-data.js';

type Fact = NonNullable<MailView['facts']>[number];

/** A refund (`data.refund`) in words: one sentence, and amount, method and reason as facts. */
export function refundParts(
  data: DataRecord,
  copy: MailCopy,
  format: MailFormat,
): { paragraph: string; facts: Fact[] } | undefined {
  const refund = recordAt(data, 'refund');
  const amount = moneyAt(refund, 'amount');
  if (!amount) return undefined;
  const methodCode = textAt(refund, 'method') ?? '';
  const method = Object.hasOwn(copy.refund.methods, methodCode)
    ? (copy.refund.methods[methodCode] ?? methodCode)
    : methodCode;
  const reason = textAt(refund, 'reason');
  const money = format.money(amount);
  return {
    paragraph: copy.refund.made(money, method),
    facts: [
      { label: copy.refund.amount, value: money },
      ...(method ? [{ label: copy.refund.method, value: method }] : []),
      ...(reason ? [{ label: copy.refund.reason, value: reason }] : []),
    ],
  };
}

/**
 * "Return accepted" (units of a delivered item came back, `data.returned`) with the refund that
 * went with it, or "refund made" alone (a card refund Stripe executed on a later try).
 */
export function orderRefundedView(data: DataRecord, copy: MailCopy): MailView {
  const format = mailFormat(copy.intlLocale);
  const order = recordAt(data, 'order') ?? {};
  const label = textAt(order, 'order_number') ?? orderLabel(data, textAt(data, 'order_id'));
  const returned = recordAt(data, 'returned');
  const itemName = textAt(returned, 'name');
  const quantity = numberAt(returned, 'quantity');
  const isReturn = itemName !== undefined && quantity !== undefined;
  const words = isReturn ? copy.orderReturned : copy.orderRefunded;
  const refund = refundParts(data, copy, format);
  const intro = isReturn
    ? copy.orderReturned.intro(label, itemName, quantity)
    : copy.orderRefunded.intro(label);
  const url = linkAt(data, 'order_url');
  return {
    ...baseView(copy, data),
    subject: words.subject(label),
    preheader: intro,
    heading: words.heading,
    paragraphs: [intro, ...(refund ? [refund.paragraph] : [])],
    facts: [
      ...(isReturn
        ? [
            { label: copy.orderReturned.returnedItem, value: itemName },
            { label: copy.orderReturned.quantity, value: String(quantity) },
          ]
        : []),
      ...(refund?.facts ?? []),
    ],
    ...(url ? { action: { label: copy.viewOrder, url } } : {}),
    order: orderSummaryView(order, copy, format),
    closing: [],
  };
}
