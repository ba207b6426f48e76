import type { SessionRegistry } from '@aneis/auth';
import type { StorefrontViewer } from '@aneis/contracts';
import type { ShopModels } from '@aneis/data';
import type { Request } from 'express';
import { isValidObjectId } from 'mongoose';
import type { PageSessionCookie } from '../accounts/page-session-cookie.js';

/** Who is logged in on a page request: null for a visitor, or when it cannot be told. */
export type ViewerOf = (req: Request) => Promise<StorefrontViewer | null>;

export interface ViewerDeps {
  models: ShopModels;
  sessions: SessionRegistry;
  cookie: PageSessionCookie;
  warn: (message: string) => void;
}

/**
 * The logged-in shopper's name, when the page cookie names a session that is still alive and an
 * account still open, so the page's header greets them from the first HTML. A visitor's request
 * costs nothing; a session store that fails makes the page a visitor's (the app asks the API
 * again once it runs), never a failed page. The session itself is only looked at, never
 * refreshed or created.
 */
export function storefrontViewer(deps: ViewerDeps): ViewerOf {
  return async (req) => {
    const claim = deps.cookie.read(req);
    if (!claim || !isValidObjectId(claim.userId)) return null;
    try {
      const live = await deps.sessions.sessionIds(claim.userId);
      if (!live.some((sessionId) => claim.isFor(sessionId))) return null;
      const account = await deps.models.Customer.findOne({
        _id: claim.userId,
        deleted: { $ne: true },
        blocked: { $ne: true },
      })
        .select({ name: 1 })
        .lean();
      return account ? { name: account.name } : null;
    } catch (error) {
      deps.warn(
        `a storefront page went out without its shopper's name: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    }
  };
}
