import type { AdminSummary } from '@aneis/contracts';
import { Unauthorized } from '@aneis/errors';
import type { AdminDocument } from '@aneis/data';
import type { Services } from '../services.js';

/**
 * Checks an admin's credentials. Unknown e-mail, wrong password and unapproved account all get
 * the same 401 after the same amount of bcrypt work; past the per-account limit, all get the same
 * 429 without any (see LoginThrottle).
 */
export async function checkAdminLogin(
  services: Pick<Services, 'admins' | 'credentials' | 'loginThrottle' | 'passwords'>,
  email: string,
  password: string,
): Promise<AdminDocument> {
  // A place in the hashing pool first: when it is full, the attempt is refused (503) before
  // any database or Redis work, and before it counts against the account's limit.
  const admission = services.passwords.admit();
  let checked: AdminDocument | null;
  try {
    await services.loginThrottle.attempt(email);
    const admin = await services.admins.findOne({ email });
    checked = await services.credentials.check(admin, password, admission);
  } finally {
    admission.release();
  }
  if (!checked || !checked.approved) throw new Unauthorized();
  await services.loginThrottle.succeeded(email);
  return checked;
}

export function adminSummaryOf(admin: AdminDocument): AdminSummary {
  return {
    email: admin.email,
    name: admin.name,
    permissions: [...admin.permissions] as AdminSummary['permissions'],
  };
}
