import { z } from 'zod';
import { emailSchema } from '../common/credentials.js';
import { adminRoleSchema } from '../management/roles.js';

/** What admin login answers (raw, not enveloped) and createAdmin returns. */
export const adminSummarySchema = z.object({
  email: emailSchema,
  name: z.string(),
  permissions: z.array(adminRoleSchema),
});
export type AdminSummary = z.output<typeof adminSummarySchema>;

export const adminSchema = adminSummarySchema.extend({ approved: z.boolean() });
export type Admin = z.output<typeof adminSchema>;
