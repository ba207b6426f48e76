import type { AdminOrderDetail } from '@aneis/contracts';
import type { MessageKey } from '../i18n/i18n.js';
import type { LineAction } from './order-actions.js';

type OrderLine = AdminOrderDetail['cart']['items'][number];

export interface StepField {
  key: string;
  label: MessageKey;
  type: 'text' | 'amount' | 'date';
  /** May be left blank also on a new step (the resell fields a making shop does not have). */
  optional?: boolean;
  /** Offered in a datalist (any other value may still be typed): the server's active carriers. */
  suggestions?: 'activeCarriers';
}

const fulfilmentFields: StepField[] = [
  { key: 'store', label: 'orders.fulfilmentStore', type: 'text' },
  { key: 'orderNumber', label: 'orders.orderNumber', type: 'text', optional: true },
  { key: 'totalCostPriceOfItemUSD', label: 'orders.costPrice', type: 'amount', optional: true },
];
const shipmentFields: StepField[] = [
  {
    key: 'provider',
    label: 'orders.provider',
    type: 'text',
    // The carriers the server accepts: it answers any other code with a 400 naming it.
    suggestions: 'activeCarriers',
  },
  { key: 'trackingNumber', label: 'orders.trackingNumber', type: 'text' },
  { key: 'service', label: 'orders.service', type: 'text' },
  { key: 'paidPostageInUSD', label: 'orders.postage', type: 'amount' },
];
const deliveryFields: StepField[] = [
  { key: 'deliveryDate', label: 'orders.deliveryDate', type: 'date' },
];

export function fieldsFor(action: LineAction): StepField[] {
  if (action === 'fulfil' || action === 'editFulfilment') return fulfilmentFields;
  if (action === 'ship' || action === 'editShipment') return shipmentFields;
  return deliveryFields;
}

export function isEdit(action: LineAction): boolean {
  return action.startsWith('edit');
}

const today = () => new Date().toISOString().slice(0, 10);

/** What the form starts with: the recorded details when editing, sensible defaults otherwise. */
export function initialValues(action: LineAction, line: OrderLine): Record<string, string> {
  const details = line.order_line_level_processing_details;
  switch (action) {
    case 'fulfil':
      return { store: line.product.store, orderNumber: '', totalCostPriceOfItemUSD: '' };
    case 'editFulfilment': {
      const f = details?.fulfillment_order_details;
      return {
        store: f?.store ?? '',
        orderNumber: f?.order_number ?? '',
        totalCostPriceOfItemUSD: f?.total_cost_price_of_item
          ? String(f.total_cost_price_of_item.amount)
          : '',
      };
    }
    case 'ship':
      return { provider: '', trackingNumber: '', service: '', paidPostageInUSD: '' };
    case 'editShipment': {
      const s = details?.shipment;
      return {
        provider: s?.provider ?? '',
        trackingNumber: s?.tracking_number ?? '',
        service: s?.service ?? '',
        paidPostageInUSD: s ? String(s.paid_postage.amount) : '',
      };
    }
    case 'deliver':
      return { deliveryDate: today() };
    case 'editDelivery':
      return { deliveryDate: details?.delivery?.delivery_date.slice(0, 10) ?? today() };
  }
}

const AMOUNT = /^\d{1,8}(?:\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Per-field problems; a new step needs every field but the optional ones, an edit at least one. */
export function stepProblems(
  action: LineAction,
  values: Record<string, string>,
): Record<string, MessageKey> {
  const problems: Record<string, MessageKey> = {};
  const fields = fieldsFor(action);
  for (const field of fields) {
    const value = (values[field.key] ?? '').trim();
    if (value === '') {
      if (!isEdit(action) && !field.optional) problems[field.key] = 'form.required';
      continue;
    }
    if (field.type === 'amount' && !AMOUNT.test(value)) problems[field.key] = 'form.invalidNumber';
    if (field.type === 'date' && !DATE.test(value)) problems[field.key] = 'orders.invalidDate';
  }
  const first = fields[0];
  if (first && isEdit(action) && fields.every((f) => (values[f.key] ?? '').trim() === '')) {
    problems[first.key] = 'orders.nothingToUpdate';
  }
  return problems;
}
