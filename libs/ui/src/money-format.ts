import type { Money } from '@aneis/contracts';

const formatters = new Map<string, Intl.NumberFormat>();

/** `{ amount: 27.99, currency: 'EUR' }` → `27,99 €` (pt-PT) or `€27.99` (en-GB). */
export function formatMoney(money: Money, locale: string): string {
  const key = `${locale}|${money.currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    } catch {
      // An unknown currency code must not break a page: show the plain number and the code.
      formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 });
      return `${formatter.format(money.amount)} ${money.currency}`;
    }
    formatters.set(key, formatter);
  }
  return formatter.format(money.amount);
}
