import { createI18n } from '@aneis/ui';
import { STOREFRONT_LANGUAGE_COOKIE } from '@aneis/contracts/constants';
import { serverRenderedState } from '../ssr/server-rendered-state.js';
import { messagesEn } from './messages-en.js';
import { messagesPt, type MessageKey } from './messages-pt.js';

export type Locale = 'pt' | 'en';
export type { MessageKey };

const STORAGE_KEY = 'aneis.shop.locale';

function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The chosen language is kept in localStorage and in a cookie the shopping server reads, so it
 * renders a page in the language the app starts in. A page the server rendered starts in the
 * server's language (the first render must equal the server's markup); the shopper's stored
 * choice, if another, follows once the page is hydrated (see main.ts).
 */
const storage: Pick<Storage, 'getItem' | 'setItem'> | null = import.meta.env.SSR
  ? null
  : {
      getItem: (key) => serverRenderedState()?.language ?? localStore()?.getItem(key) ?? null,
      setItem: (key, value) => {
        try {
          localStore()?.setItem(key, value);
        } catch {
          // private modes: the cookie below still tells the server
        }
        document.cookie = `${STOREFRONT_LANGUAGE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
      },
    };

const i18n = createI18n<Locale, MessageKey>({
  messages: { pt: messagesPt, en: messagesEn },
  defaultLocale: 'pt',
  intlLocales: { pt: 'pt-PT', en: 'en-GB' },
  storageKey: STORAGE_KEY,
  storage,
});

/** The shopper's own stored choice, when it differs from the language the page started in. */
export function storedLocale(): Locale | null {
  const stored = localStore()?.getItem(STORAGE_KEY);
  return stored === 'pt' || stored === 'en' ? stored : null;
}

/** The storefront's translations and locale-aware formatting (Portuguese by default). */
export function useI18n() {
  return i18n;
}
