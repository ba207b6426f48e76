import type { Admin } from '@aneis/contracts';
import type { AdminRecord } from '@aneis/data';

/** What superadmins see of an admin: never the hash or the reset token. */
export function adminViewOf(
  admin: Pick<AdminRecord, 'email' | 'name' | 'permissions' | 'approved'>,
): Admin {
  return {
    email: admin.email,
    name: admin.name,
    permissions: [...admin.permissions] as Admin['permissions'],
    approved: admin.approved,
  };
}
