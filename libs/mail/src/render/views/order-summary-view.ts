import { groupIban } from '@aneis/contracts/constants';
import type { MailCopy } from '../copy/mail-copy.js';
import type { BankTransferView, OrderSummaryView } from '../mail-view.js';
import type { MailFormat } from './mail-format.js';
import {
  isRecord,
  moneyAt,
  numberAt,
  recordAt,
  recordsAt,
  textAt,
  type DataRecord,
} from './template-data.js';

/**
 * The order as a person names it: the human order number when the order has one
 * (`order_number`), else its id.
 */
export function orderLabel(order: DataRecord | undefined, fallbackId?: string): string {
  return textAt(order, 'order_number') ?? textAt(order, '_id') ?? fallbackId ?? '';
}

/**
 * A line's chosen options: labelled ones (`options: [{ name, value }]`) when the order carries
 * them, else Veniqa's raw `customizations` map, colours ("Ouro|#d4af37") by name only.
 */
function lineDetails(line: DataRecord): string[] {
  const labelled = recordsAt(line, 'options').flatMap((option) => {
    const name = textAt(option, 'name');
    const value = textAt(option, 'value');
    return name && value ? [`${name}: ${value}`] : [];
  });
  if (labelled.length > 0) return labelled;
  const raw = recordAt(line, 'customizations') ?? {};
  return Object.entries(raw).flatMap(([key, value]) =>
    typeof value === 'string' && value !== '' ? [`${key}: ${value.split('|')[0] ?? value}`] : [],
  );
}

function addressLines(address: DataRecord | undefined): string[] {
  if (!address) return [];
  const name = [textAt(address, 'firstName'), textAt(address, 'lastName')].filter(Boolean);
  const town = [textAt(address, 'zipCode'), textAt(address, 'city')].filter(Boolean);
  const region = [textAt(address, 'state'), textAt(address, 'country')].filter(Boolean);
  return [
    name.join(' '),
    textAt(address, 'addressLine1'),
    textAt(address, 'addressLine2'),
    town.join(' '),
    region.join(', '),
    textAt(address, 'mobilePhone'),
  ].filter((line): line is string => line !== undefined && line !== '');
}

/** The coupon's row (`coupon: { code, discount }` on the order), shown as an amount off. */
function discountRow(order: DataRecord, copy: MailCopy, format: MailFormat) {
  const coupon = recordAt(order, 'coupon');
  const discount = moneyAt(coupon, 'discount');
  const code = textAt(coupon, 'code');
  return discount && code && discount.amount > 0
    ? [{ label: copy.order.discount(code), value: `−${format.money(discount)}` }]
    : [];
}

function totals(cart: DataRecord | undefined, copy: MailCopy, format: MailFormat) {
  const rows: OrderSummaryView['totals'][number][] = [];
  const add = (label: string, key: string, always = false) => {
    const money = moneyAt(cart, key);
    if (money && (always || money.amount !== 0)) rows.push({ label, value: format.money(money) });
  };
  add(copy.order.subtotal, 'subTotalPrice', true);
  add(copy.order.shipping, 'shippingPrice', true);
  add(copy.order.serviceCharge, 'serviceCharge');
  add(copy.order.tariff, 'tariffPrice');
  // IVA per rate, as the order was charged: shown under the total as a part of it.
  const vatLines = recordsAt(cart, 'vatLines').flatMap((line) => {
    const money = moneyAt(line, 'vatPrice');
    const rate = numberAt(line, 'ratePercent');
    return money && rate !== undefined
      ? [{ label: copy.order.vatOfWhich(rate), value: format.money(money) }]
      : [];
  });
  const vat = moneyAt(cart, 'vatPrice');
  if (vat && vatLines.length === 0) {
    const rate = numberAt(cart, 'vatRatePercent');
    // Portuguese shop prices include IVA, so it is shown as a part of the total by default.
    const included = cart?.['vatIncluded'] !== false;
    rows.push({
      label: included ? copy.order.vatIncluded(rate) : copy.order.vat(rate),
      value: format.money(vat),
    });
  }
  const total = moneyAt(cart, 'totalPrice');
  if (total) rows.push({ label: copy.order.total, value: format.money(total), strong: true });
  return [...rows, ...vatLines];
}

/** The discount goes just above the total (the last row), which is already net of it. */
function withDiscount<T>(rows: T[], discount: T[]): T[] {
  return discount.length === 0 ? rows : [...rows.slice(0, -1), ...discount, ...rows.slice(-1)];
}

/** The order block shared by the order mails: lines, totals, address and payment. */
export function orderSummaryView(
  order: DataRecord,
  copy: MailCopy,
  format: MailFormat,
): OrderSummaryView {
  const cart = recordAt(order, 'cart');
  const payments = recordsAt(order, 'payment_info').map((payment) => {
    const source = textAt(payment, 'source') ?? '';
    const method = copy.order.paymentMethods[source] ?? source;
    const amount = moneyAt(payment, 'amount_in_payment_currency');
    return amount ? `${method} · ${format.money(amount)}` : method;
  });
  return {
    heading: copy.order.summary,
    columns: { item: copy.order.item, quantity: copy.order.quantity, price: copy.order.price },
    lines: recordsAt(cart, 'items').map((line) => {
      const price = moneyAt(line, 'aggregatedPrice');
      return {
        name: textAt(recordAt(line, 'product'), 'name') ?? '',
        details: lineDetails(line),
        quantity: textAt(line, 'counts') ?? '1',
        price: price ? format.money(price) : '',
      };
    }),
    totals: withDiscount(totals(cart, copy, format), discountRow(order, copy, format)),
    addressHeading: copy.order.deliverTo,
    addressLines: addressLines(recordAt(order, 'mailing_address')),
    ...(payments.length > 0 ? { paymentHeading: copy.order.payment } : {}),
    paymentLines: payments,
  };
}

/**
 * Bank-transfer instructions, when the order data carries them (`bank_transfer: { iban,
 * beneficiary, bic?, reference?, deadline?, amount? }`); the reference defaults to the order's
 * label and the amount to its total.
 */
export function bankTransferView(
  order: DataRecord,
  copy: MailCopy,
  format: MailFormat,
): BankTransferView | undefined {
  const transfer = order['bank_transfer'];
  if (!isRecord(transfer)) return undefined;
  const iban = textAt(transfer, 'iban');
  const beneficiary = textAt(transfer, 'beneficiary');
  if (!iban || !beneficiary) return undefined;
  const amount = moneyAt(transfer, 'amount') ?? moneyAt(recordAt(order, 'cart'), 'totalPrice');
  const bic = textAt(transfer, 'bic');
  const deadline = textAt(transfer, 'deadline');
  const words = copy.bankTransfer;
  return {
    heading: words.heading,
    intro: words.intro(amount ? format.money(amount) : ''),
    facts: [
      { label: words.beneficiary, value: beneficiary },
      { label: words.iban, value: groupIban(iban) },
      ...(bic ? [{ label: words.bic, value: bic }] : []),
      { label: words.reference, value: textAt(transfer, 'reference') ?? orderLabel(order) },
      ...(deadline ? [{ label: words.deadline, value: format.date(deadline) }] : []),
    ],
  };
}
