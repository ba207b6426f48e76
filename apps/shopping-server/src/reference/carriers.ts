import { trackingUrlFor } from '@aneis/contracts';
import type { ShopModels, StoredLineProcessing } from '@aneis/data';

/** Carrier code → what a shopper is shown of it. */
export type CarrierDirectory = Record<string, { name: string; trackingUrlTemplate?: string }>;

/**
 * Every carrier, retired ones too: a parcel shipped before a carrier was retired still names
 * it. Small and read on each order page, so it goes through the reference-data cache, which the
 * management server invalidates when a carrier changes.
 */
export async function carrierDirectory(models: ShopModels): Promise<CarrierDirectory> {
  const rows = await models.Carrier.find().lean();
  return Object.fromEntries(
    rows.map((row) => [
      row.code,
      {
        name: row.name,
        ...(row.trackingUrlTemplate ? { trackingUrlTemplate: row.trackingUrlTemplate } : {}),
      },
    ]),
  );
}

type Shipment = NonNullable<StoredLineProcessing['shipment']>;

/**
 * A shipment as shoppers see it: Veniqa's fields, plus the carrier's name and the parcel's
 * tracking page when the code names a carrier (orders keep only the code).
 */
export function shipmentView(shipment: Shipment, carriers: CarrierDirectory) {
  const carrier = Object.hasOwn(carriers, shipment.provider)
    ? carriers[shipment.provider]
    : undefined;
  const trackingUrl = trackingUrlFor(carrier?.trackingUrlTemplate, shipment.tracking_number);
  return {
    provider: shipment.provider,
    tracking_number: shipment.tracking_number,
    service: shipment.service,
    ...(carrier ? { provider_name: carrier.name } : {}),
    ...(trackingUrl ? { tracking_url: trackingUrl } : {}),
  };
}
