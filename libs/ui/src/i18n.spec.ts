import { createI18n } from './i18n.js';

const messages = {
  pt: { greeting: 'Olá, {name}!', cart: 'Carrinho' },
  en: { greeting: 'Hello, {name}!', cart: 'Cart' },
} as const;

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

function make(storage = memoryStorage()) {
  return createI18n({
    messages,
    defaultLocale: 'pt',
    intlLocales: { pt: 'pt-PT', en: 'en-GB' },
    storageKey: 'locale',
    storage,
  });
}

describe('createI18n', () => {
  it('when nothing is stored, then Portuguese is used', () => {
    const i18n = make();
    expect(i18n.locale.value).toBe('pt');
    expect(i18n.t('greeting', { name: 'Ana' })).toBe('Olá, Ana!');
  });

  it('when the locale is switched, then messages change and the choice is remembered', () => {
    const storage = memoryStorage();
    const i18n = make(storage);
    i18n.setLocale('en');

    expect(i18n.t('cart')).toBe('Cart');
    expect(storage.data.get('locale')).toBe('en');
    expect(make(storage).locale.value).toBe('en');
    expect(document.documentElement.lang).toBe('en-GB');
  });

  it('when the stored locale is unknown, then the default is used', () => {
    expect(make(memoryStorage({ locale: 'xx' })).locale.value).toBe('pt');
  });

  it('when a placeholder has no value, then it is left visible', () => {
    expect(make().t('greeting')).toBe('Olá, {name}!');
  });

  it('when money and dates are formatted, then the locale conventions apply', () => {
    const i18n = make();
    const pt = i18n.formatMoney({ amount: 1234.5, currency: 'EUR' });
    i18n.setLocale('en');
    const en = i18n.formatMoney({ amount: 1234.5, currency: 'EUR' });

    expect(pt).toMatch(/1\s?234,50\s€/);
    expect(en).toBe('€1,234.50');
    expect(i18n.formatDate('2024-03-25T10:00:00.000Z')).toBe('25 Mar 2024');
  });
});
