import type { MailLanguage } from './language/mail-language.js';

/** What callers hand to the mailer: our logical template name, never a SendGrid id. */
export interface MailRequest {
  template: string;
  to: string;
  /** The template's variables; must survive JSON. */
  data: Record<string, unknown>;
  /** The recipient's language; Portuguese when not known. */
  language?: MailLanguage;
}

export type MailTransportName = 'sendgrid' | 'outbox';

export interface MailReceipt {
  id: string;
  transport: MailTransportName;
}

/**
 * One message as stored in the outbox, one JSON file each: the mail as the recipient would get
 * it (subject, HTML, text) and, for tests and the mail viewer, the template and data it came
 * from.
 */
export interface OutboxMessage {
  id: string;
  template: string;
  to: string;
  from: string;
  language: MailLanguage;
  subject: string;
  html: string;
  text: string;
  data: Record<string, unknown>;
  /** ISO 8601. */
  createdAt: string;
}
