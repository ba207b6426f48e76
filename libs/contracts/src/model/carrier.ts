import { z } from 'zod';
import { TEXT_LIMITS, requiredText } from '../common/text.js';
import { TRACKING_NUMBER_PLACEHOLDER } from '../constants/tracking-url.js';

export { TRACKING_NUMBER_PLACEHOLDER, trackingUrlFor } from '../constants/tracking-url.js';

/** What a shipment stores as `provider`: CTT, DHL, MYUS… (normalised to upper case). */
export const carrierCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[A-Z][A-Z0-9_]{1,19}$/,
    'must be 2-20 letters, digits or _, starting with a letter (e.g. CTT)',
  );

const httpsUrl = z.url({ protocol: /^https$/, hostname: /./ });

/**
 * A carrier's tracking page with `{trackingNumber}` where the number goes, e.g.
 * `https://www.dhl.com/pt-en/home/tracking.html?tracking-id={trackingNumber}`. Only https, so a
 * link shown to shoppers can never be `javascript:` or a plain-text page.
 */
export const trackingUrlTemplateSchema = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .refine((template) => template.includes(TRACKING_NUMBER_PLACEHOLDER), {
    error: `must contain ${TRACKING_NUMBER_PLACEHOLDER}`,
  })
  .refine(
    (template) => httpsUrl.safeParse(template.replaceAll(TRACKING_NUMBER_PLACEHOLDER, '0')).success,
    { error: 'must be an absolute https URL' },
  );

/** A carrier as the management server sends it (identified by its code, like a country). */
export const carrierSchema = z.object({
  code: carrierCodeSchema,
  name: requiredText(TEXT_LIMITS.name),
  trackingUrlTemplate: z.string().optional(),
  active: z.boolean(),
});
export type Carrier = z.output<typeof carrierSchema>;
