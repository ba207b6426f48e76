import { createI18n } from '@aneis/ui';
import { messagesEn } from './messages-en.js';
import { messagesPt, type MessageKey } from './messages-pt.js';

export type Locale = 'pt' | 'en';
export type { MessageKey };

const i18n = createI18n<Locale, MessageKey>({
  messages: { pt: messagesPt, en: messagesEn },
  defaultLocale: 'pt',
  intlLocales: { pt: 'pt-PT', en: 'en-GB' },
  storageKey: 'aneis.admin.locale',
});

/** The admin UI's translations and locale-aware formatting (Portuguese by default). */
export function useI18n() {
  return i18n;
}
