import type { AdminDocument, AdminRecord } from '@aneis/data';
import type { Request, RequestHandler } from 'express';
import { isValidObjectId, type Model } from 'mongoose';

const currentAdmins = new WeakMap<Request, AdminDocument>();

/**
 * Re-reads the session's admin on every request, so a permission change applies on the admin's
 * next request. A deleted or disapproved admin counts as not logged in, even if a session
 * survived somewhere.
 */
export function loadCurrentAdmin(admins: Model<AdminRecord>): RequestHandler {
  return async (req, _res, next) => {
    const id = req.session?.userId;
    if (typeof id === 'string' && isValidObjectId(id)) {
      const admin = await admins.findById(id);
      if (admin?.approved) currentAdmins.set(req, admin);
    }
    next();
  };
}

export function currentAdminOf(req: Request): AdminDocument | undefined {
  return currentAdmins.get(req);
}
