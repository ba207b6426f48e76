import type { ShoppingServerConfig } from '@aneis/config';
import type { BankTransferInstructions } from '@aneis/contracts';
import type { StoredPayment } from '@aneis/data';
import { toMoney } from '../money-view.js';

export type BankAccount = ShoppingServerConfig['bankTransfer'];

/**
 * What of an order the instructions read. `orderNumber` and `payment_status` are optional so
 * this works before and after orders gain a human number and a payment state.
 */
export interface OrderToPay {
  _id: { toString(): string };
  orderNumber?: string | null;
  payment_status?: string | null;
  overall_status: string;
  payment_info: readonly Pick<StoredPayment, 'source' | 'type' | 'amount_in_payment_currency'>[];
  auditLog: { createdOn: Date };
}

/** What the shopper writes on the transfer: the one place that picks number or id. */
export function paymentReference(order: OrderToPay): string {
  return order.orderNumber ?? String(order._id);
}

/**
 * A bank-transfer order the shop has no money for yet. With a payment state that state
 * decides; without one (older orders), a transfer still PENDING is unpaid. A cancelled order
 * is never to be paid.
 */
export function awaitsBankTransfer(order: OrderToPay): boolean {
  if (order.overall_status === 'CANCELLED') return false;
  const transfer = order.payment_info.find((payment) => payment.source === 'BANK_TRANSFER');
  if (!transfer) return false;
  if (order.payment_status) return order.payment_status === 'AWAITING_PAYMENT';
  return transfer.type === 'PENDING';
}

const lisbonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Lisbon',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The shop's calendar day (Lisbon) `days` after the order was placed, as YYYY-MM-DD. */
export function paymentDeadline(placedOn: Date, days: number): string {
  return lisbonDay.format(new Date(placedOn.getTime() + days * 24 * 60 * 60 * 1000));
}

/** Where, to whom, with what reference and by when to pay; undefined when nothing is owed. */
export function bankTransferInstructions(
  order: OrderToPay,
  account: BankAccount,
): BankTransferInstructions | undefined {
  if (!awaitsBankTransfer(order)) return undefined;
  const transfer = order.payment_info.find((payment) => payment.source === 'BANK_TRANSFER');
  if (!transfer) return undefined;
  return {
    iban: account.iban,
    beneficiary: account.beneficiary,
    reference: paymentReference(order),
    amount: toMoney(transfer.amount_in_payment_currency),
    deadline: paymentDeadline(new Date(order.auditLog.createdOn), account.deadlineDays),
  };
}
