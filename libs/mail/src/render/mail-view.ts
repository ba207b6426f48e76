/**
 * What the shared templates draw, already in the recipient's language and with every value
 * formatted: the view builders decide the words, the templates only lay them out (and escape).
 */
export interface MailView {
  language: string;
  subject: string;
  /** The line mail clients show beside the subject; hidden in the body. */
  preheader: string;
  heading: string;
  greeting: string;
  paragraphs: readonly string[];
  action?: { label: string; url: string };
  /** Label/value lines under the paragraphs (a carrier and tracking number, a status). */
  facts?: readonly { label: string; value: string }[];
  /** A second, quieter link, e.g. to follow a shipment. */
  secondaryAction?: { label: string; url: string };
  bankTransfer?: BankTransferView;
  order?: OrderSummaryView;
  closing: readonly string[];
  signOff: string;
  linkFallback: string;
  footer: readonly string[];
}

export interface BankTransferView {
  heading: string;
  intro: string;
  facts: readonly { label: string; value: string }[];
}

export interface OrderSummaryView {
  heading: string;
  columns: { item: string; quantity: string; price: string };
  lines: readonly {
    name: string;
    details: readonly string[];
    quantity: string;
    price: string;
  }[];
  totals: readonly { label: string; value: string; strong?: boolean }[];
  addressHeading: string;
  addressLines: readonly string[];
  paymentHeading?: string;
  paymentLines: readonly string[];
}
