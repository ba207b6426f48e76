import { endSession, establishSession, type SessionRegistry } from '@aneis/auth';
import { managementRoutes } from '@aneis/contracts';
import { declaredRoutes, type DeclaredRoutes } from '@aneis/http';
import { mailLanguageFromHeader } from '@aneis/mail';
import type { AdminRecord } from '@aneis/data';
import type { Model } from 'mongoose';
import { currentAdminOf, loadCurrentAdmin } from './current-admin.js';
import { guardMiddleware } from './guard-middleware.js';
import type { HandlerContext } from './handler-context.js';
import { guardOf } from './permission-table.js';
import type { HandlerTable } from './route-types.js';

export interface ManagementRouteOptions {
  admins: Model<AdminRecord>;
  sessions: SessionRegistry;
  cookieName: string;
}

/**
 * Every route of the management contract from one table: the caller's admin is re-read, the
 * contract's auth and permissions guard the route (see permission-table), then its schemas parse
 * the input before the handler runs.
 */
export function managementRouteTable(
  table: HandlerTable,
  { admins, sessions, cookieName }: ManagementRouteOptions,
): DeclaredRoutes {
  const loadAdmin = loadCurrentAdmin(admins);
  return declaredRoutes<typeof managementRoutes, HandlerContext>(managementRoutes, table, {
    access: (contract) => [loadAdmin, ...guardMiddleware(guardOf(contract))],
    contextOf: (req, res): HandlerContext => ({
      admin: currentAdminOf(req),
      logIn: (adminId) => establishSession(req, { userId: adminId }, { registry: sessions }),
      logOut: () => endSession(req, res, cookieName, { registry: sessions }),
      language: mailLanguageFromHeader(req.get('accept-language')),
    }),
  });
}
