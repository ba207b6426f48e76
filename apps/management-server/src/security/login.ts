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
  // A full hashing pool refuses before any database or Redis work is spent on the attempt.
  services.passwords.assertRoom();
  await services.loginThrottle.attempt(email);
  const admin = await services.admins.findOne({ email });
  const checked = await services.credentials.check(admin, password);
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
