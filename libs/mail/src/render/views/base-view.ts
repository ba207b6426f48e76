import type { MailCopy } from '../copy/mail-copy.js';
import type { MailView } from '../mail-view.js';
import { textAt, type DataRecord } from './template-data.js';

/** The parts every mail shares: greeting by name, sign-off, link hint and footer. */
export function baseView(
  copy: MailCopy,
  data: DataRecord,
): Pick<MailView, 'language' | 'greeting' | 'signOff' | 'linkFallback' | 'footer'> {
  return {
    language: copy.intlLocale,
    greeting: copy.greeting(textAt(data, 'name')),
    signOff: copy.signOff,
    linkFallback: copy.linkFallback,
    footer: copy.footer,
  };
}
