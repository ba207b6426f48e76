import type { MailMoney } from './template-data.js';

export interface MailFormat {
  money(money: MailMoney): string;
  /** A calendar date (an ISO date or timestamp), e.g. "14 de março de 2026". */
  date(iso: string): string;
}

export function mailFormat(intlLocale: string): MailFormat {
  return {
    money: ({ amount, currency }) => {
      try {
        return new Intl.NumberFormat(intlLocale, { style: 'currency', currency }).format(amount);
      } catch {
        // An unknown currency code: still say how much.
        return `${amount.toFixed(2)} ${currency}`;
      }
    },
    date: (iso) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        date,
      );
    },
  };
}
