import type { OrderLineStatus, OrderStatus } from '@aneis/contracts';
import type { MailCopy, OrderEventCopy, OrderEventName } from '../copy/mail-copy.js';
import type { MailView } from '../mail-view.js';
import { baseView } from './base-view.js';
import { mailFormat } from './mail-format.js';
import { bankTransferView, orderLabel, orderSummaryView } from './order-summary-view.js';
import { refundParts } from './refund-views.js';
import { linkAt, recordAt, textAt, type DataRecord } from './template-data.js';

/** "Order received": thanks, the summary, bank-transfer instructions when there are some. */
export function orderReceivedView(data: DataRecord, copy: MailCopy): MailView {
  const format = mailFormat(copy.intlLocale);
  const label = orderLabel(data);
  const url = linkAt(recordAt(data, 'orders'), 'track_url');
  const bankTransfer = bankTransferView(data, copy, format);
  const intro = copy.orderReceived.intro(label);
  return {
    ...baseView(copy, data),
    greeting: copy.greeting(textAt(recordAt(data, 'mailing_address'), 'firstName')),
    subject: copy.orderReceived.subject(label),
    preheader: intro,
    heading: copy.orderReceived.heading,
    paragraphs: [intro],
    ...(url ? { action: { label: copy.viewOrder, url } } : {}),
    ...(bankTransfer ? { bankTransfer } : {}),
    order: orderSummaryView(data, copy, format),
    closing: copy.orderReceived.closing,
  };
}

function eventCopy(copy: MailCopy, event: string | undefined): OrderEventCopy | undefined {
  return event !== undefined && Object.hasOwn(copy.orderEvents, event)
    ? copy.orderEvents[event as OrderEventName]
    : undefined;
}

function statusName(copy: MailCopy, status: string | undefined): string | undefined {
  if (status === undefined) return undefined;
  return Object.hasOwn(copy.order.statuses, status)
    ? copy.order.statuses[status as OrderStatus]
    : status;
}

type Fact = NonNullable<MailView['facts']>[number];

/** The changed line: its name, status, carrier and tracking number as label/value facts. */
function itemFacts(item: DataRecord | undefined, copy: MailCopy): Fact[] {
  const status = textAt(item, 'status');
  const carrier = textAt(item, 'provider_name') ?? textAt(item, 'provider');
  const tracking = textAt(item, 'tracking_number');
  return [
    ...(status
      ? [
          {
            label: copy.order.itemStatus,
            value: Object.hasOwn(copy.order.lineStatuses, status)
              ? copy.order.lineStatuses[status as OrderLineStatus]
              : status,
          },
        ]
      : []),
    ...(carrier ? [{ label: copy.order.carrier, value: carrier }] : []),
    ...(tracking ? [{ label: copy.order.trackingNumber, value: tracking }] : []),
  ];
}

/**
 * "Your order changed": the event's own words (confirmed, cancelled, shipped, delivered), or
 * for any other event the order's new status; the item, shipment and tracking link when one
 * line changed; the order summary below.
 */
export function orderStatusChangedView(data: DataRecord, copy: MailCopy): MailView {
  const format = mailFormat(copy.intlLocale);
  const order = recordAt(data, 'order') ?? {};
  const label = textAt(order, 'order_number') ?? orderLabel(data, textAt(data, 'order_id'));
  const item = recordAt(data, 'item');
  const itemName = textAt(item, 'name');
  const status = statusName(copy, textAt(data, 'overall_status'));
  const words = eventCopy(copy, textAt(data, 'event'));
  // A cancellation that gave money back says how much and how.
  const refund = refundParts(data, copy, format);
  const paragraphs = [
    ...(words
      ? [words.intro(label, itemName)]
      : [
          copy.orderUpdated.intro(label),
          ...(status ? [copy.orderUpdated.statusIntro(status)] : []),
        ]),
    ...(refund ? [refund.paragraph] : []),
  ];
  const url = linkAt(data, 'order_url');
  const trackingUrl = linkAt(item, 'tracking_url');
  const facts: Fact[] = [
    ...itemFacts(item, copy),
    ...(status ? [{ label: copy.order.status, value: status }] : []),
    ...(refund?.facts ?? []),
  ];
  return {
    ...baseView(copy, data),
    subject: (words ?? copy.orderUpdated).subject(label),
    preheader: paragraphs[0] ?? '',
    heading: (words ?? copy.orderUpdated).heading,
    paragraphs,
    facts,
    ...(url ? { action: { label: copy.viewOrder, url } } : {}),
    ...(trackingUrl
      ? { secondaryAction: { label: copy.order.trackShipment, url: trackingUrl } }
      : {}),
    order: orderSummaryView(order, copy, format),
    closing: [],
  };
}
