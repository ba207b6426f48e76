import { z } from 'zod';
import { auditorSchema } from '../common/audit-log.js';
import { isoDateTimeSchema } from '../common/dates.js';
import { objectIdSchema } from '../common/ids.js';
import { moneySchema } from '../common/money.js';
import {
  refundCauses,
  refundFailureCodes,
  refundMethods,
  refundStatuses,
} from '../constants/refunds.js';

export const refundCauseSchema = z.enum(refundCauses);
export const refundMethodSchema = z.enum(refundMethods);
export const refundStatusSchema = z.enum(refundStatuses);
export type RefundStatus = z.output<typeof refundStatusSchema>;

/** Money given back to the shopper: how much, why, how, by whom and when. */
export const refundSchema = z.object({
  _id: objectIdSchema,
  cause: refundCauseSchema,
  returnId: objectIdSchema.optional(),
  amount: moneySchema,
  reason: z.string(),
  method: refundMethodSchema,
  status: refundStatusSchema,
  providerRefundId: z.string().optional(),
  /** What went wrong, as the provider or the server put it (English, for support). */
  failure: z.string().optional(),
  /** Why it failed, for the admin UI; absent on refunds that failed before codes were kept. */
  failureCode: z.enum(refundFailureCodes).optional(),
  createdBy: auditorSchema,
  createdOn: isoDateTimeSchema,
  settledOn: isoDateTimeSchema.optional(),
});
export type Refund = z.output<typeof refundSchema>;

/** Delivered units of one line that came back. */
export const orderReturnSchema = z.object({
  _id: objectIdSchema,
  lineId: objectIdSchema,
  quantity: z.int().min(1),
  reason: z.string(),
  createdBy: auditorSchema,
  createdOn: isoDateTimeSchema,
});
export type OrderReturn = z.output<typeof orderReturnSchema>;
