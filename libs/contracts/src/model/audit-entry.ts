import { z } from 'zod';
import { auditorSchema } from '../common/audit-log.js';
import { isoDateTimeSchema } from '../common/dates.js';
import { objectIdSchema } from '../common/ids.js';
import { auditEntityTypes } from '../constants/audit-entity-types.js';

export { auditEntityTypes } from '../constants/audit-entity-types.js';
export const auditEntityTypeSchema = z.enum(auditEntityTypes);
export type AuditEntityType = z.output<typeof auditEntityTypeSchema>;

/** A verb such as "create", "update", "delete" or an order action like "confirmOrder". */
export const auditActionSchema = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,63}$/, 'must be an action name');

/**
 * One recorded mutation. `before` and `after` hold only the fields that changed (null for a
 * creation's `before` or a deletion's `after`); password hashes and tokens are never recorded.
 * `entityId` is the entity's id, or its natural key where it has no id (admin e-mail, currency).
 */
export const auditEntrySchema = z.object({
  _id: objectIdSchema,
  at: isoDateTimeSchema,
  actor: auditorSchema,
  action: auditActionSchema,
  entityType: auditEntityTypeSchema,
  entityId: z.string().max(254),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;
