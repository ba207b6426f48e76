import { z } from 'zod';
import { emailSchema } from '../common/credentials.js';
import { isoDateTimeSchema } from '../common/dates.js';
import { pagingOptionsSchema } from '../common/paging.js';
import { sortRuleSchema } from '../common/sort-rule.js';
import { auditEntityTypeSchema } from '../model/audit-entry.js';

export const auditSortFields = ['at', 'action', 'entityType', 'actor.email'] as const;

/** `POST /audit/list`: Veniqa-style paging plus filters by admin, entity and time window. */
export const auditListBodySchema = z
  .object({
    pagingOptions: pagingOptionsSchema,
    sortRule: sortRuleSchema(auditSortFields).optional(),
    adminEmail: emailSchema.optional(),
    entityType: auditEntityTypeSchema.optional(),
    entityId: z.string().trim().min(1).max(254).optional(),
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
  })
  .refine((body) => !body.from || !body.to || Date.parse(body.from) <= Date.parse(body.to), {
    message: '"from" must not be after "to"',
    path: ['from'],
  });
export type AuditListBody = z.output<typeof auditListBodySchema>;
export type AuditListBodyInput = z.input<typeof auditListBodySchema>;
