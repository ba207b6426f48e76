import { DEFAULT_MAIL_LANGUAGE, type MailLanguage } from '../language/mail-language.js';
import { MailError } from '../mail-error.js';
import { MAIL_TEMPLATES } from '../templates/template-names.js';
import { mailCopyEn } from './copy/copy-en.js';
import { mailCopyPt } from './copy/copy-pt.js';
import type { MailCopy } from './copy/mail-copy.js';
import { renderHtml, renderText } from './mail-engine.js';
import type { MailView } from './mail-view.js';
import { accountMailView, isAccountMail } from './views/account-views.js';
import { orderReceivedView, orderStatusChangedView } from './views/order-views.js';
import { orderRefundedView } from './views/refund-views.js';
import type { DataRecord } from './views/template-data.js';

/** A mail ready to send: what the recipient sees. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const copies: Readonly<Record<MailLanguage, MailCopy>> = { pt: mailCopyPt, en: mailCopyEn };

function viewOf(template: string, data: DataRecord, copy: MailCopy): MailView {
  if (isAccountMail(template)) return accountMailView(template, data, copy);
  if (template === MAIL_TEMPLATES.orderReceived) return orderReceivedView(data, copy);
  if (template === MAIL_TEMPLATES.orderStatusChanged) return orderStatusChangedView(data, copy);
  if (template === MAIL_TEMPLATES.orderRefunded) return orderRefundedView(data, copy);
  throw new MailError('unknown_template', `no mail template "${template}"`);
}

/** Renders one of our mails (see MAIL_TEMPLATES) in a language, as subject, HTML and text. */
export function renderMail(
  template: string,
  data: DataRecord,
  language: MailLanguage = DEFAULT_MAIL_LANGUAGE,
): RenderedMail {
  const view = viewOf(template, data, copies[language] ?? copies[DEFAULT_MAIL_LANGUAGE]);
  return { subject: view.subject, html: renderHtml(view), text: renderText(view) };
}
