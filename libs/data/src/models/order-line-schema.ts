import { Schema, type Types } from 'mongoose';
import { auditLogSchema, type StoredAuditLog } from './audit-log-schema.js';
import { moneySchema, type StoredMoney } from './money-schema.js';
import type { ProductDoc } from './product.js';
import { weightSchema, type StoredWeight } from './weight-schema.js';

export const ORDER_LINE_STATUSES = ['PROCESSING', 'FULFILLING', 'SHIPPED', 'DELIVERED'] as const;

export interface StoredLineProcessing {
  status: (typeof ORDER_LINE_STATUSES)[number];
  fulfillment_order_details?: {
    store: string;
    order_number?: string;
    total_cost_price_of_item?: StoredMoney;
    auditLog: StoredAuditLog;
  };
  shipment?: {
    /**
     * The code of a carrier (see `CarrierDoc`). A plain string, not an enum: the carriers are
     * reference data now, and orders shipped with Veniqa's fixed list (MYUS, USPS, UPS, FEDEX,
     * DHL) must stay readable whatever the list becomes.
     */
    provider: string;
    tracking_number: string;
    service: string;
    paid_postage: StoredMoney;
    auditLog: StoredAuditLog;
  };
  delivery?: { delivery_date: Date; auditLog: StoredAuditLog };
}

/** The product as it was when the order was placed (category and tariff as ids). */
export type ProductSnapshot = Omit<ProductDoc, 'deleted' | 'lowStockThreshold'>;

/** An order line; its `_id` is the id of the cart line it came from. */
export interface StoredOrderLine {
  _id: Types.ObjectId;
  product: ProductSnapshot;
  counts: number;
  aggregatedWeight: StoredWeight;
  aggregatedPrice: StoredMoney;
  /** This line's share of the tariff, so totals can be re-checked line by line. */
  tariffPrice: StoredMoney;
  /**
   * The IVA rate of the product's category when the order was priced, and the IVA contained in
   * `aggregatedPrice` at that rate. Absent on orders priced before IVA was recorded.
   */
  vatPercent?: number;
  vatPrice?: StoredMoney;
  customizations?: Record<string, string>;
  order_line_level_processing_details?: StoredLineProcessing;
  /**
   * Units taken from the product's stock when the order was placed (0 when stock is not
   * tracked). Cancelling gives exactly these back, once (see the order's `stockReleased`).
   */
  reservedStock: number;
  /**
   * The variant the units were taken from (its stored `key`), when the product has variants:
   * a cancellation gives `reservedStock` back to that variant and to the product's total.
   */
  variantKey?: string;
  /** The variant's SKU when it has one: what the workshop reads to make the ring. */
  variantSku?: string;
}

const lineProcessingSchema = new Schema<StoredLineProcessing>(
  {
    status: { type: String, required: true, enum: ORDER_LINE_STATUSES },
    fulfillment_order_details: {
      type: new Schema(
        {
          store: { type: String, required: true },
          // Veniqa's resell fields: a shop that makes its own rings records neither.
          order_number: { type: String },
          total_cost_price_of_item: { type: moneySchema },
          auditLog: { type: auditLogSchema, required: true },
        },
        { _id: false },
      ),
    },
    shipment: {
      type: new Schema(
        {
          provider: { type: String, required: true },
          tracking_number: { type: String, required: true },
          service: { type: String, required: true },
          paid_postage: { type: moneySchema, required: true },
          auditLog: { type: auditLogSchema, required: true },
        },
        { _id: false },
      ),
    },
    delivery: {
      type: new Schema(
        {
          delivery_date: { type: Date, required: true },
          auditLog: { type: auditLogSchema, required: true },
        },
        { _id: false },
      ),
    },
  },
  { _id: false },
);

export const orderLineSchema = new Schema<StoredOrderLine>({
  // Mixed: a snapshot is kept as it was, never re-validated against today's product rules.
  product: { type: Schema.Types.Mixed, required: true },
  counts: { type: Number, required: true, min: 1 },
  aggregatedWeight: { type: weightSchema, required: true },
  aggregatedPrice: { type: moneySchema, required: true },
  tariffPrice: { type: moneySchema, required: true },
  vatPercent: { type: Number, min: 0 },
  vatPrice: { type: moneySchema },
  customizations: { type: Schema.Types.Mixed },
  order_line_level_processing_details: { type: lineProcessingSchema },
  reservedStock: { type: Number, required: true, min: 0, default: 0 },
  variantKey: { type: String },
  variantSku: { type: String },
});
