import { Conflict } from '@aneis/errors';
import type { AdminDocument } from '@aneis/data';
import type { Services } from '../services.js';

export const SUPERADMIN = 'SUPERADMIN';

function isActiveSuperadmin(admin: Pick<AdminDocument, 'approved' | 'permissions'>): boolean {
  return admin.approved && admin.permissions.includes(SUPERADMIN);
}

/**
 * Refuses a change that would leave the shop without an approved superadmin (nobody could then
 * create or repair admin accounts).
 */
export async function assertNotLastSuperadmin(
  deps: Pick<Services, 'admins'>,
  admin: AdminDocument,
  after: { approved: boolean; permissions: readonly string[] } | null,
): Promise<void> {
  if (!isActiveSuperadmin(admin)) return;
  if (
    after !== null &&
    isActiveSuperadmin({ approved: after.approved, permissions: [...after.permissions] })
  ) {
    return;
  }
  const others = await deps.admins.countDocuments({
    _id: { $ne: admin._id },
    approved: true,
    permissions: SUPERADMIN,
  });
  if (others === 0) {
    throw new Conflict('The last approved superadmin cannot be removed, disapproved or demoted');
  }
}
