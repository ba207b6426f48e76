import type { Money } from '@aneis/contracts';
import { computed, ref, type ComputedRef, type Ref } from 'vue';
import { formatMoney } from './money-format.js';

/**
 * A small typed i18n: one flat dictionary per locale, `{name}` placeholders, the chosen locale
 * kept in localStorage, and Intl formatting for money, numbers and dates. The first locale's
 * dictionary defines the keys; the others must provide every one of them (checked by tsc).
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface I18nOptions<L extends string, K extends string> {
  messages: Readonly<Record<L, Readonly<Record<K, string>>>>;
  defaultLocale: NoInfer<L>;
  /** BCP 47 tag per locale for Intl, e.g. `{ pt: 'pt-PT', en: 'en-GB' }`. */
  intlLocales: Readonly<Record<NoInfer<L>, string>>;
  storageKey: string;
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

export interface I18n<L extends string, K extends string> {
  readonly locale: Readonly<Ref<L>>;
  readonly locales: readonly L[];
  readonly intlLocale: ComputedRef<string>;
  setLocale(locale: L): void;
  t(key: K, params?: MessageParams): string;
  formatMoney(money: Money): string;
  /** Intl's defaults (at most 3 decimals) unless `options` say otherwise. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** An ISO timestamp as a date (`dateStyle: 'medium'`, or the given style). */
  formatDate(iso: string, style?: Intl.DateTimeFormatOptions): string;
}

function browserStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Private modes may throw on access; the locale then simply is not remembered.
    return null;
  }
}

export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function createI18n<L extends string, K extends string>(
  options: I18nOptions<L, K>,
): I18n<L, K> {
  const locales = Object.keys(options.messages) as L[];
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const isLocale = (value: unknown): value is L => locales.includes(value as L);
  const stored = storage?.getItem(options.storageKey);
  const locale = ref(isLocale(stored) ? stored : options.defaultLocale) as Ref<L>;
  const intlLocale = computed(() => options.intlLocales[locale.value]);

  const applyDocumentLang = () => {
    if (typeof document !== 'undefined') document.documentElement.lang = intlLocale.value;
  };
  applyDocumentLang();

  return {
    locale,
    locales,
    intlLocale,
    setLocale(next) {
      if (!isLocale(next)) return;
      locale.value = next;
      storage?.setItem(options.storageKey, next);
      applyDocumentLang();
    },
    t(key, params) {
      const template =
        options.messages[locale.value][key] ?? options.messages[options.defaultLocale][key] ?? key;
      return interpolate(template, params);
    },
    formatMoney: (money) => formatMoney(money, intlLocale.value),
    formatNumber: (value, numberOptions) =>
      new Intl.NumberFormat(intlLocale.value, numberOptions).format(value),
    formatDate: (iso, style = { dateStyle: 'medium' }) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(intlLocale.value, style).format(date);
    },
  };
}
