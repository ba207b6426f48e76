import type { Request } from 'express';
import { Unauthorized } from '@aneis/errors';
import type {} from '@aneis/auth';

/** The logged-in customer's id; `requireLogin()` runs first, so a missing one is a bug → 401. */
export function sessionUserId(req: Request): string {
  const userId = req.session?.userId;
  if (!userId) throw new Unauthorized();
  return userId;
}
