import type { Weight } from '@aneis/contracts';
import { useI18n, type MessageKey } from './i18n.js';
import { messagesPt } from './messages-pt.js';

const isKey = (key: string): key is MessageKey => Object.hasOwn(messagesPt, key);

/** "markItemAsShipped" → "Mark item as shipped": a code no dictionary knows yet, still readable. */
export function humanizeCode(code: string): string {
  const words = code
    .replace(/[-_]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Codes the servers store, in the admin's words: the dictionary's entry under `prefix.code`,
 * or the code made readable when a newer server sends one this build does not know.
 */
export function useCodeText() {
  const { t, formatNumber } = useI18n();

  function codeText(prefix: string, code: string): string {
    const key = `${prefix}.${code}`;
    return isKey(key) ? t(key) : humanizeCode(code);
  }

  /** Orders a shopper placed are audited as made by "CUSTOMER". */
  const auditorName = (name: string) => (name === 'CUSTOMER' ? t('codes.theCustomer') : name);

  /** Units are stored as codes ("G", "KG", "LB"); people write their symbols ("g", "kg", "lb"). */
  const unitSymbol = (unit: string) => unit.toLowerCase();

  /** "11,5 g" / "3.5 kg": the number localised, the unit as its symbol. */
  const formatWeight = (weight: Weight) =>
    `${formatNumber(weight.quantity)} ${unitSymbol(weight.unit)}`;

  return { codeText, auditorName, formatWeight, unitSymbol };
}
