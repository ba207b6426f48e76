import { z } from 'zod';
import { TEXT_LIMITS, requiredText } from '../common/text.js';
import { carrierCodeSchema, trackingUrlTemplateSchema } from '../model/carrier.js';

/**
 * Requests of the carrier routes. A carrier is identified by its code, which shipments store,
 * so the code cannot change; an empty `trackingUrlTemplate` means "none" (the form's empty
 * field), and on update it removes the template.
 */
const templateField = z.union([z.literal(''), trackingUrlTemplateSchema]).optional();

export const carrierBodySchema = z.object({
  code: carrierCodeSchema,
  name: requiredText(TEXT_LIMITS.name),
  trackingUrlTemplate: templateField,
  active: z.boolean().default(true),
});
export type CarrierBody = z.output<typeof carrierBodySchema>;
export type CarrierBodyInput = z.input<typeof carrierBodySchema>;

export const updateCarrierBodySchema = z.object({
  code: carrierCodeSchema,
  name: requiredText(TEXT_LIMITS.name).optional(),
  trackingUrlTemplate: templateField,
  active: z.boolean().optional(),
});
export type UpdateCarrierBody = z.output<typeof updateCarrierBodySchema>;

export const deleteCarrierBodySchema = z.object({ code: carrierCodeSchema });
export type DeleteCarrierBody = z.output<typeof deleteCarrierBodySchema>;
