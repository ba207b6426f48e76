import { MailError } from '../../mail-error.js';
import { MAIL_TEMPLATES } from '../../templates/template-names.js';
import type { ActionMailCopy, MailCopy } from '../copy/mail-copy.js';
import type { MailView } from '../mail-view.js';
import { baseView } from './base-view.js';
import { linkAt, type DataRecord } from './template-data.js';

interface AccountMail {
  copy: (copy: MailCopy) => ActionMailCopy;
  /** The data field holding the link to follow (Veniqa's names), if the mail has one. */
  link?: string;
}

/** The six account mails: same layout, their own words and link. */
const accountMails: Readonly<Record<string, AccountMail>> = {
  [MAIL_TEMPLATES.confirmAccountCustomer]: {
    copy: (c) => c.confirmAccountCustomer,
    link: 'confirm_account_customer_url',
  },
  [MAIL_TEMPLATES.resetPasswordCustomer]: {
    copy: (c) => c.resetPasswordCustomer,
    link: 'reset_password_customer_url',
  },
  [MAIL_TEMPLATES.passwordResetDoneCustomer]: { copy: (c) => c.passwordResetDoneCustomer },
  [MAIL_TEMPLATES.confirmAccountAdmin]: {
    copy: (c) => c.confirmAccountAdmin,
    link: 'confirm_account_admin_url',
  },
  [MAIL_TEMPLATES.resetPasswordAdmin]: {
    copy: (c) => c.resetPasswordAdmin,
    link: 'reset_password_admin_url',
  },
  [MAIL_TEMPLATES.passwordResetDoneAdmin]: { copy: (c) => c.passwordResetDoneAdmin },
};

export function isAccountMail(template: string): boolean {
  return Object.hasOwn(accountMails, template);
}

/**
 * The view of an account mail. A mail whose link is missing or not http(s) says so rather than
 * offering a button that goes nowhere: that is a bug in the sender, and nothing is sent.
 */
export function accountMailView(template: string, data: DataRecord, copy: MailCopy): MailView {
  const mail = accountMails[template];
  if (!mail) throw new Error(`not an account mail: ${template}`);
  const words = mail.copy(copy);
  const url = mail.link === undefined ? undefined : linkAt(data, mail.link);
  if (mail.link !== undefined && url === undefined) {
    throw new MailError(
      'invalid_data',
      `the ${template} mail needs an http(s) link in "${mail.link}"`,
    );
  }
  return {
    ...baseView(copy, data),
    subject: words.subject,
    preheader: words.paragraphs[0] ?? words.heading,
    heading: words.heading,
    paragraphs: words.paragraphs,
    ...(url && words.button ? { action: { label: words.button, url } } : {}),
    closing: words.closing,
  };
}
