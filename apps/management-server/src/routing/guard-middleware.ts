import { requireLogin, requirePermission } from '@aneis/auth';
import type { RequestHandler } from 'express';
import { currentAdminOf } from './current-admin.js';
import type { Guard } from './permission-table.js';

/** The middleware enforcing one guard of the permission table (after `loadCurrentAdmin`). */
export function guardMiddleware(guard: Guard): RequestHandler[] {
  switch (guard.kind) {
    case 'public':
      return [];
    case 'loggedIn':
      return [requireLogin((req) => currentAdminOf(req)?.id as string | undefined)];
    case 'permission':
      return [
        requirePermission(guard.allowed, {
          loadPermissions: async (req) => currentAdminOf(req)?.permissions ?? null,
        }),
      ];
  }
}
