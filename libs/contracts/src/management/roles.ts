import { z } from 'zod';

import { adminRoles } from '../constants/admin-roles.js';

export { adminRoles, hasPermission, permissionGuards } from '../constants/admin-roles.js';
export type { AdminRole, PermissionGuard } from '../constants/admin-roles.js';
export const adminRoleSchema = z.enum(adminRoles);
