import type { MailLanguage } from './language/mail-language.js';

/** What callers hand to the mailer: our logical template name, never a SendGrid id. */
export interface MailRequest {
  template: string;
  to: string;
  /** The template's variables; must survive JSON. */
  data: Record<string, unknown>;
  /** The recipient's language; Portuguese when not known. */
  language?: MailLanguage;
  /**
   * Set by a caller that may send the same mail again after a crash (an owed mail finished at
   * start-up): the outbox keeps one message per key, however often or concurrently it is sent;
   * SendGrid gets it as a custom argument, so a repeat there (at least once) can be told apart.
   */
  once?: { key: string; at: Date };
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
