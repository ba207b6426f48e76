import type { ShippingMethod } from '@aneis/contracts';

export type DeliveryKey =
  | 'delivery.workingDaysRange'
  | 'delivery.daysRange'
  | 'delivery.workingDays'
  | 'delivery.days'
  | 'delivery.nextWorkingDay'
  | 'checkout.upToDays';
type Translate = (key: DeliveryKey, params?: Record<string, string | number>) => string;

const RANGE = /^(\d{1,3})\s*(?:-|–|to|a)\s*(\d{1,3})\s+(working |business |úteis )?days?$/i;
const SINGLE = /^(\d{1,3})\s+(working |business )?days?$/i;
const NEXT_DAY = /^next (working |business )?day$/i;

/**
 * A method's delivery time in the shopper's language. Shipping methods are data a manager
 * types, usually in English ("3-5 working days"); the common shapes are recognised and said
 * again in PT or EN ("3–5 dias úteis"), anything else is shown as the manager wrote it, and a
 * method without a summary states its longest delivery time.
 */
export function deliveryTime(
  method: Pick<ShippingMethod, 'summary' | 'maximumDays'>,
  t: Translate,
): string {
  const summary = method.summary?.trim();
  if (!summary) return t('checkout.upToDays', { days: method.maximumDays });
  const range = RANGE.exec(summary);
  if (range) {
    const key = range[3] ? 'delivery.workingDaysRange' : 'delivery.daysRange';
    return t(key, { min: Number(range[1]), max: Number(range[2]) });
  }
  const single = SINGLE.exec(summary);
  if (single) {
    return t(single[2] ? 'delivery.workingDays' : 'delivery.days', { days: Number(single[1]) });
  }
  if (NEXT_DAY.test(summary)) return t('delivery.nextWorkingDay');
  return summary;
}
