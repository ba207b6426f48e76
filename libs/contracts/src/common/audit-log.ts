import { z } from 'zod';
import { emailSchema } from './credentials.js';
import { isoDateTimeSchema } from './dates.js';

/** Who created or last changed a document; `name` is "CUSTOMER" for shopper-made orders. */
export const auditorSchema = z.object({
  email: emailSchema,
  name: z.string().max(200),
});
export type Auditor = z.output<typeof auditorSchema>;

/** Veniqa's `auditLog` block, set by the servers only (clients' copies are ignored). */
export const auditLogSchema = z.object({
  createdBy: auditorSchema,
  updatedBy: auditorSchema,
  createdOn: isoDateTimeSchema,
  updatedOn: isoDateTimeSchema,
});
export type AuditLog = z.output<typeof auditLogSchema>;
