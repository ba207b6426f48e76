import { endSession, type SessionRegistry } from '@aneis/auth';
import { errorCodes } from '@aneis/contracts';
import type { ShopModels } from '@aneis/data';
import { Forbidden } from '@aneis/errors';
import type { RequestHandler } from 'express';
import { isValidObjectId } from 'mongoose';

export const ACCOUNT_BLOCKED_MESSAGE = 'This account is blocked. Contact the shop.';

/** The one answer a blocked shopper gets, at login and on any later request. */
export function accountBlocked(): Forbidden {
  return new Forbidden(ACCOUNT_BLOCKED_MESSAGE, { code: errorCodes.accountBlocked });
}

export interface BlockedSessionOptions {
  models: ShopModels;
  sessions: SessionRegistry;
  cookieName: string;
}

/**
 * Runs before every logged-in route: the shop's staff may block an account while its owner is
 * logged in, so the account is re-read here, and a blocked one's session is ended (the shopper
 * is logged out) and the request refused with ACCOUNT_BLOCKED. A vanished or deleted account is
 * left to the handlers, which answer 401 as before.
 */
export function refuseBlockedSessions(options: BlockedSessionOptions): RequestHandler {
  return (req, res, next) => {
    const userId = req.session?.userId;
    if (!userId || !isValidObjectId(userId)) {
      next();
      return;
    }
    void (async () => {
      const account = await options.models.Customer.findById(userId).select({ blocked: 1 }).lean();
      if (account?.blocked !== true) return next();
      await endSession(req, res, options.cookieName, { registry: options.sessions });
      next(accountBlocked());
    })().catch(next);
  };
}
