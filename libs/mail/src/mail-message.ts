/** What callers hand to the mailer: our logical template name, never a SendGrid id. */
export interface MailRequest {
  template: string;
  to: string;
  /** The template's variables; must survive JSON. */
  data: Record<string, unknown>;
}

export type MailTransportName = 'sendgrid' | 'outbox';

export interface MailReceipt {
  id: string;
  transport: MailTransportName;
}

/** One message as stored in the outbox: one JSON file each. */
export interface OutboxMessage {
  id: string;
  template: string;
  to: string;
  from: string;
  data: Record<string, unknown>;
  /** ISO 8601. */
  createdAt: string;
}
