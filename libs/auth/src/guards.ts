import type { Request, RequestHandler, Response } from 'express';
import type {} from './session-data.js';

// Veniqa's exact plain-text bodies (§1.3): both web clients show or test them.
export const NOT_LOGGED_IN_TEXT = 'only for logged in users';
export const PERMISSION_DENIED_TEXT =
  'Permission denied for the user. User doesnt have necessary permission to access this';
export const DEFAULT_SUPER_ROLE = 'SUPERADMIN';

export type UserIdReader = (req: Request) => string | null | undefined;

const userIdFromSession: UserIdReader = (req) => req.session?.userId;

/** 401 `only for logged in users` unless the request carries a logged-in session. */
export function requireLogin(getUserId: UserIdReader = userIdFromSession): RequestHandler {
  return (req, res, next) => {
    if (getUserId(req)) {
      next();
      return;
    }
    sendText(res, 401, NOT_LOGGED_IN_TEXT);
  };
}

export interface RequirePermissionOptions {
  /** Holders of this role pass every permission check. Default `SUPERADMIN`. */
  superRole?: string;
  /**
   * The current user's permissions, read fresh on every request (so revoking one takes effect at
   * once), or null/undefined when there is no logged-in user.
   */
  loadPermissions: (req: Request) => Promise<readonly string[] | null | undefined>;
}

/** 403 unless the user holds one of `allowed` (or the super role); 401 when nobody is logged in. */
export function requirePermission(
  allowed: readonly string[],
  options: RequirePermissionOptions,
): RequestHandler {
  const accepted = new Set([...allowed, options.superRole ?? DEFAULT_SUPER_ROLE]);
  return async (req, res, next) => {
    const permissions = await options.loadPermissions(req);
    if (!permissions) {
      sendText(res, 401, NOT_LOGGED_IN_TEXT);
      return;
    }
    if (permissions.some((permission) => accepted.has(permission))) {
      next();
      return;
    }
    sendText(res, 403, PERMISSION_DENIED_TEXT);
  };
}

function sendText(res: Response, status: number, text: string): void {
  res.status(status).type('text/plain').send(text);
}
