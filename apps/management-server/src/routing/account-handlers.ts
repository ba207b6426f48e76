import { createAdmin } from '../admins/create-admin.js';
import { listAuditEntries } from '../audit/list-audit-entries.js';
import {
  deleteAdmin,
  getAdminDetails,
  listAdmins,
  updateAdminAccess,
} from '../admins/manage-admins.js';
import { adminSummaryOf, checkAdminLogin } from '../security/login.js';
import {
  isResetTokenValid,
  requestPasswordReset,
  resetPassword,
} from '../security/password-reset.js';
import type { RequestHandler } from 'express';
import type { Services } from '../services.js';
import { actorOf, type HandlerContext } from './handler-context.js';
import type { HandlerTable } from './route-types.js';

type AccountRouteKey =
  | Extract<keyof HandlerTable, `${string} /security/${string}` | `${string} /superAdmin/${string}`>
  | 'POST /audit/list';

export const LOGGED_OUT_TEXT = 'logged out successfully';

async function logOut(ctx: HandlerContext): Promise<string> {
  await ctx.logOut();
  return LOGGED_OUT_TEXT;
}

export interface AccountGuards {
  /** The stricter limiter for credential and e-mail-sending routes. */
  authLimiter: RequestHandler;
  /** Refuses calls from other sites' pages (for the GET logout Veniqa's admin client sends). */
  sameSiteOnly: RequestHandler;
}

export function accountHandlers(
  services: Services,
  { authLimiter, sameSiteOnly }: AccountGuards,
): Pick<HandlerTable, AccountRouteKey> {
  return {
    'POST /security/login': {
      before: [authLimiter],
      handle: async ({ body }, ctx) => {
        const admin = await checkAdminLogin(services, body.email, body.password);
        await ctx.logIn(admin.id as string);
        return adminSummaryOf(admin);
      },
    },
    'GET /security/isLoggedIn': async (_input, ctx) => ctx.admin !== undefined,
    'GET /security/logout': { before: [sameSiteOnly], handle: (_input, ctx) => logOut(ctx) },
    'POST /security/logout': (_input, ctx) => logOut(ctx),
    'GET /security/forgotPassword': {
      before: [authLimiter],
      handle: ({ query }, ctx) => requestPasswordReset(services, query.email, ctx.language),
    },
    'GET /security/validatePasswordResetToken/:token': ({ params }) =>
      isResetTokenValid(services, params.token),
    'POST /security/resetPassword': {
      before: [authLimiter],
      handle: ({ body }, ctx) =>
        resetPassword(services, body.token, body.newPassword, ctx.language),
    },
    // The new admin's language is not known yet: the invitation is in the inviting admin's.
    'POST /superAdmin/createAdmin': ({ body }, ctx) =>
      createAdmin(services, actorOf(ctx).auditor, body, ctx.language),
    'GET /superAdmin/getAllAdmins': () => listAdmins(services),
    'GET /superAdmin/getAdminDetails': ({ query }) => getAdminDetails(services, query.email),
    'PUT /superAdmin/updateAdminAccess': ({ body }, ctx) =>
      updateAdminAccess(services, actorOf(ctx).auditor, body),
    'DELETE /superAdmin/deleteAdmin': ({ body }, ctx) =>
      deleteAdmin(services, actorOf(ctx).auditor, body.email),
    'POST /audit/list': ({ body }) => listAuditEntries(services.auditEntries, body),
  };
}
