import { Schema, type Types } from 'mongoose';
import { addressSchema, type StoredAddress } from './address.js';
import { auditLogSchema, type StoredAuditLog } from './audit-log-schema.js';
import { moneySchema, type StoredMoney } from './money-schema.js';
import { orderLineSchema, type StoredOrderLine } from './order-line-schema.js';
import { paymentSchema, type StoredPayment } from './payment-schema.js';
import { PAYMENT_STATUSES, type StoredPaymentStatus } from './payment-status.js';
import { weightSchema, type StoredWeight } from './weight-schema.js';

export const ORDER_STATUSES = [
  'RECEIVED',
  'CONFIRMED',
  'IN-PROGRESS',
  'COMPLETED',
  'CANCELLED',
] as const;

export interface StoredOrderCart {
  items: StoredOrderLine[];
  totalWeight: StoredWeight;
  subTotalPrice: StoredMoney;
  serviceCharge: StoredMoney;
  shippingPrice: StoredMoney;
  tariffPrice: StoredMoney;
  totalPrice: StoredMoney;
  /** The IVA contained in the total (the lines' and the shipping's), and its split by rate. */
  vatPrice?: StoredMoney;
  vatLines?: StoredVatLine[];
  /** The part of `vatPrice` contained in the shipping price (taxed like the goods it carries). */
  shippingVatPrice?: StoredMoney;
}

export interface StoredVatLine {
  ratePercent: number;
  vatPrice: StoredMoney;
}

const vatLineSchema = new Schema<StoredVatLine>(
  {
    ratePercent: { type: Number, required: true, min: 0 },
    vatPrice: { type: moneySchema, required: true },
  },
  { _id: false },
);

/** The coupon an order used and what it took off (`cart.totalPrice` is already net of it). */
export interface StoredOrderCoupon {
  /** The coupon's `_id`: what a use given back is returned to. */
  id: Types.ObjectId;
  code: string;
  discount: StoredMoney;
}

export interface StoredComment {
  _id: Types.ObjectId;
  content: string;
  auditLog: StoredAuditLog;
}

/** Orders and checkouts share this shape; a checkout's `_id` becomes its order's `_id`. */
export interface OrderDocumentFields {
  _id: Types.ObjectId;
  overall_status: (typeof ORDER_STATUSES)[number];
  cart: StoredOrderCart;
  /** The owner's id; every shopper query filters on it (with `user_email`). */
  user: Types.ObjectId;
  user_email: string;
  mailing_address: StoredAddress;
  /** ISO code of the destination, resolved from the address at checkout. */
  destination_country: string;
  /** Code of the shipping method chosen at checkout (Veniqa never stored it). */
  shipping_method: string;
  payment_info: StoredPayment[];
  /**
   * Whether the shop has the money (not Veniqa's). Orders placed before it existed get it from
   * their payment entries once, at the management server's start.
   */
  payment_status: StoredPaymentStatus;
  /** Absent when no coupon was applied (every Veniqa client's order). */
  coupon?: StoredOrderCoupon;
  comments: StoredComment[];
  auditLog: StoredAuditLog;
}

const orderCartSchema = new Schema<StoredOrderCart>(
  {
    items: { type: [orderLineSchema], default: [] },
    totalWeight: { type: weightSchema, required: true },
    subTotalPrice: { type: moneySchema, required: true },
    serviceCharge: { type: moneySchema, required: true },
    shippingPrice: { type: moneySchema, required: true },
    tariffPrice: { type: moneySchema, required: true },
    totalPrice: { type: moneySchema, required: true },
    vatPrice: { type: moneySchema },
    vatLines: { type: [vatLineSchema], default: undefined },
    shippingVatPrice: { type: moneySchema },
  },
  { _id: false },
);

const orderCouponSchema = new Schema<StoredOrderCoupon>(
  {
    id: { type: Schema.Types.ObjectId, required: true },
    code: { type: String, required: true },
    discount: { type: moneySchema, required: true },
  },
  { _id: false },
);

const commentSchema = new Schema<StoredComment>({
  content: { type: String, required: true },
  auditLog: { type: auditLogSchema, required: true },
});

/** The fields both collections have; each model adds its own. */
export const orderDocumentDefinition = {
  overall_status: {
    type: String,
    required: true,
    enum: [...ORDER_STATUSES],
    default: 'RECEIVED' as const,
  },
  cart: { type: orderCartSchema, required: true },
  user: { type: Schema.Types.ObjectId, ref: 'Customer', required: true },
  user_email: { type: String, required: true, lowercase: true, trim: true },
  mailing_address: { type: addressSchema, required: true },
  destination_country: { type: String, required: true },
  shipping_method: { type: String, required: true },
  payment_info: { type: [paymentSchema], default: () => [] },
  // A checkout is unpaid by definition; placing the order sets the state its payment implies.
  payment_status: {
    type: String,
    required: true,
    enum: [...PAYMENT_STATUSES],
    default: 'AWAITING_PAYMENT' as const,
  },
  coupon: { type: orderCouponSchema, required: false },
  comments: { type: [commentSchema], default: () => [] },
  auditLog: { type: auditLogSchema, required: true },
};
