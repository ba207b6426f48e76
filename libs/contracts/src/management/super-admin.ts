import { z } from 'zod';
import { emailSchema } from '../common/credentials.js';
import { TEXT_LIMITS, requiredText } from '../common/text.js';
import { adminRoleSchema, adminRoles } from './roles.js';

const permissionsSchema = z
  .array(adminRoleSchema)
  .min(1, 'at least one permission is required')
  .max(adminRoles.length)
  .refine((roles) => new Set(roles).size === roles.length, {
    message: 'permissions must not repeat',
  });

/** Veniqa's admin client also sends `approved: true`; it is accepted and ignored. */
export const createAdminBodySchema = z.object({
  email: emailSchema,
  name: requiredText(TEXT_LIMITS.name),
  permissions: permissionsSchema,
  approved: z.boolean().optional(),
});
export type CreateAdminBody = z.output<typeof createAdminBodySchema>;
export type CreateAdminBodyInput = z.input<typeof createAdminBodySchema>;

/**
 * Only `name`, `permissions` and `approved` may change. Veniqa applied the whole body as the
 * update (so a password hash could be overwritten); any other key is stripped, never stored.
 */
export const updateAdminAccessBodySchema = z.object({
  email: emailSchema,
  name: requiredText(TEXT_LIMITS.name).optional(),
  permissions: permissionsSchema.optional(),
  approved: z.boolean().optional(),
});
export type UpdateAdminAccessBody = z.output<typeof updateAdminAccessBodySchema>;
export type UpdateAdminAccessBodyInput = z.input<typeof updateAdminAccessBodySchema>;

export const deleteAdminBodySchema = z.object({ email: emailSchema });
export type DeleteAdminBody = z.output<typeof deleteAdminBodySchema>;
