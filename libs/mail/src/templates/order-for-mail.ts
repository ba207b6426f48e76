import type { VariantProduct } from '@aneis/contracts/constants';

/** Anything with a string form: an ObjectId or a string. */
export interface Stringable {
  toString(): string;
}

/** Money as stored: integer minor units. */
export interface StoredMailMoney {
  cents: number;
  currency: string;
}

export interface MailAddress {
  _id?: Stringable;
  firstName: string;
  lastName: string;
  addressLine1: string;
  addressLine2?: string;
  city: string;
  state: string;
  zipCode?: string;
  country: string;
  mobilePhone: string;
}

export interface MailOrderLine {
  _id?: Stringable;
  product: {
    name: string;
    brand: string;
    store: string;
    price: StoredMailMoney;
    /** The options as they were when ordered: what labels the choices in the mail. */
    customizationOptions?: VariantProduct['customizationOptions'];
  };
  counts: number;
  aggregatedPrice: StoredMailMoney;
  customizations?: Record<string, string> | null;
  order_line_level_processing_details?: {
    status: string;
    shipment?: { provider: string; tracking_number: string };
  } | null;
}

/**
 * The part of an order (as stored, e.g. a lean mongoose document) the order mails read. Both
 * servers' order documents fit it; the mail lib stays free of the database layer.
 */
export interface OrderForMail {
  _id: Stringable;
  /** The number people read (`AN-2026-000123`); the mails name the order by it when it has one. */
  orderNumber?: string;
  overall_status: string;
  user_email: string;
  mailing_address: MailAddress;
  cart: {
    items: readonly MailOrderLine[];
    totalWeight: { quantity: number; unit: string };
    subTotalPrice: StoredMailMoney;
    serviceCharge: StoredMailMoney;
    shippingPrice: StoredMailMoney;
    tariffPrice: StoredMailMoney;
    totalPrice: StoredMailMoney;
    /** The IVA the total contains, per rate, as charged (absent on orders from before IVA). */
    vatLines?: readonly { ratePercent: number; vatPrice: StoredMailMoney }[] | null;
  };
  payment_info: readonly {
    source: string;
    type: string;
    amount_in_payment_currency: StoredMailMoney;
  }[];
  /** The coupon applied, when one was (`cart.totalPrice` is net of its discount). */
  coupon?: { code: string; discount: StoredMailMoney } | null;
  /** The shopper's language when they ordered; the order mails are written in it. */
  language?: string | null;
}
