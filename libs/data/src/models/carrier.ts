import { Schema, type Types } from 'mongoose';

export const CARRIER_COLLECTION = 'carriers';

/** What a tracking URL template holds where the shipment's tracking number goes. */
export const TRACKING_NUMBER_PLACEHOLDER = '{trackingNumber}';

/**
 * A carrier that ships order lines (CTT, DHL…). Shipments store its `code` as `provider`, so
 * the code never changes once orders use it; a carrier the shop stops using is deactivated.
 */
export interface CarrierDoc {
  _id: Types.ObjectId;
  /** Short upper-case token, what a shipment stores as `provider`. */
  code: string;
  name: string;
  /** An https URL with `{trackingNumber}` where the tracking number goes. */
  trackingUrlTemplate?: string;
  active: boolean;
}

export const CARRIER_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,19}$/;

/**
 * True for an https URL that holds the placeholder. The contracts check the same at the API
 * edge; this keeps a document written any other way (seed, shell) from breaking tracking links.
 */
export function isTrackingUrlTemplate(template: string): boolean {
  if (!template.includes(TRACKING_NUMBER_PLACEHOLDER)) return false;
  try {
    const url = new URL(template.replaceAll(TRACKING_NUMBER_PLACEHOLDER, '0'));
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

export const carrierSchema = new Schema<CarrierDoc>(
  {
    code: {
      type: String,
      required: true,
      trim: true,
      uppercase: true,
      match: CARRIER_CODE_PATTERN,
    },
    name: { type: String, required: true, trim: true },
    trackingUrlTemplate: {
      type: String,
      trim: true,
      validate: {
        validator: isTrackingUrlTemplate,
        message: `must be an https URL containing ${TRACKING_NUMBER_PLACEHOLDER}`,
      },
    },
    active: { type: Boolean, default: true },
  },
  { collection: CARRIER_COLLECTION },
);
carrierSchema.index({ code: 1 }, { unique: true });
