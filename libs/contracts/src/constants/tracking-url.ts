/** Where a carrier's tracking template takes the parcel's tracking number. */
export const TRACKING_NUMBER_PLACEHOLDER = '{trackingNumber}';

/**
 * The tracking page of one parcel, or undefined when the carrier has no template. Here, without
 * zod, because the admin UI builds the same link as the servers.
 */
export function trackingUrlFor(
  template: string | undefined,
  trackingNumber: string,
): string | undefined {
  if (!template) return undefined;
  return template.replaceAll(TRACKING_NUMBER_PLACEHOLDER, encodeURIComponent(trackingNumber));
}
