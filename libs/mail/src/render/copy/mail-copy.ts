import type { OrderLineStatus, OrderStatus } from '@aneis/contracts';

/** The words of an account mail: a link to follow (or none, for a notice). */
export interface ActionMailCopy {
  subject: string;
  heading: string;
  paragraphs: readonly string[];
  button?: string;
  closing: readonly string[];
}

export type OrderEventName = 'confirmed' | 'cancelled' | 'shipped' | 'delivered';

export interface OrderEventCopy {
  subject: (order: string) => string;
  heading: string;
  /** `item` is the order line the change concerns, when there is one. */
  intro: (order: string, item?: string) => string;
}

/** Every word the mails use, in one language. */
export interface MailCopy {
  /** BCP 47 tag for Intl: money, dates. */
  intlLocale: string;
  greeting: (name: string | undefined) => string;
  signOff: string;
  linkFallback: string;
  footer: readonly string[];
  confirmAccountCustomer: ActionMailCopy;
  resetPasswordCustomer: ActionMailCopy;
  passwordResetDoneCustomer: ActionMailCopy;
  confirmAccountAdmin: ActionMailCopy;
  resetPasswordAdmin: ActionMailCopy;
  passwordResetDoneAdmin: ActionMailCopy;
  orderReceived: {
    subject: (order: string) => string;
    heading: string;
    intro: (order: string) => string;
    closing: readonly string[];
  };
  orderEvents: Record<OrderEventName, OrderEventCopy>;
  /** An event this copy does not know: the new status says what happened. */
  orderUpdated: OrderEventCopy & { statusIntro: (status: string) => string };
  viewOrder: string;
  order: {
    summary: string;
    item: string;
    quantity: string;
    price: string;
    subtotal: string;
    shipping: string;
    serviceCharge: string;
    tariff: string;
    /** The coupon's line in the totals, naming its code. */
    discount: (code: string) => string;
    vat: (ratePercent: number | undefined) => string;
    vatIncluded: (ratePercent: number | undefined) => string;
    /** Under the total: the IVA of one rate the total contains ("dos quais IVA (23 %)"). */
    vatOfWhich: (ratePercent: number) => string;
    total: string;
    deliverTo: string;
    payment: string;
    status: string;
    itemStatus: string;
    carrier: string;
    trackingNumber: string;
    trackShipment: string;
    paymentMethods: Readonly<Record<string, string>>;
    statuses: Readonly<Record<OrderStatus, string>>;
    lineStatuses: Readonly<Record<OrderLineStatus, string>>;
  };
  /** Money given back, as a cancellation mail or the return / refund mail tells it. */
  refund: {
    amount: string;
    method: string;
    reason: string;
    /** How it went back: to the card, or by a transfer the shop makes. */
    methods: Readonly<Record<string, string>>;
    made: (amount: string, method: string) => string;
  };
  /** "Return accepted": some units of a delivered item came back (a refund may follow). */
  orderReturned: {
    subject: (order: string) => string;
    heading: string;
    intro: (order: string, item: string, quantity: number) => string;
    returnedItem: string;
    quantity: string;
  };
  /** "Refund made", when the money went back later than the change that caused it. */
  orderRefunded: {
    subject: (order: string) => string;
    heading: string;
    intro: (order: string) => string;
  };
  bankTransfer: {
    heading: string;
    intro: (amount: string) => string;
    iban: string;
    bic: string;
    beneficiary: string;
    reference: string;
    deadline: string;
  };
}
