import type { Admin, Auditor, DeleteResult, UpdateAdminAccessBody } from '@aneis/contracts';
import { releaseEmailClaim } from '@aneis/data';
import { BadInput, NotFound } from '@aneis/errors';
import type { Services } from '../services.js';
import { adminViewOf } from './admin-view.js';
import { assertNotLastSuperadmin } from './last-superadmin.js';

type Deps = Pick<Services, 'admins' | 'shop' | 'audit' | 'sessions'>;

export async function listAdmins(deps: Pick<Services, 'admins'>): Promise<Admin[]> {
  const admins = await deps.admins.find().sort({ email: 1 }).lean();
  return admins.map(adminViewOf);
}

export async function getAdminDetails(
  deps: Pick<Services, 'admins'>,
  email: string,
): Promise<Admin> {
  const admin = await deps.admins.findOne({ email }).lean();
  if (!admin) throw new NotFound();
  return adminViewOf(admin);
}

/**
 * Changes only `name`, `permissions` and `approved` (the contract refuses any other key). A
 * disapproved admin's sessions end at once; permission changes apply on the admin's next request
 * because every request re-reads the admin.
 */
export async function updateAdminAccess(
  deps: Deps,
  actor: Auditor,
  body: UpdateAdminAccessBody,
): Promise<Admin> {
  const admin = await deps.admins.findOne({ email: body.email });
  // Veniqa answered 400 here; the status is kept, the message now says why.
  if (!admin) throw new BadInput('No admin has this e-mail');
  const before = adminViewOf(admin);
  const approved = body.approved ?? admin.approved;
  const permissions = body.permissions ?? admin.permissions;
  await assertNotLastSuperadmin(deps, admin, { approved, permissions });

  if (body.name !== undefined) admin.name = body.name;
  if (body.permissions !== undefined) admin.permissions = [...body.permissions];
  admin.approved = approved;
  await admin.save();
  if (!approved) await deps.sessions.revokeUser(admin.id as string);

  const after = adminViewOf(admin);
  await deps.audit.record({
    actor,
    action: 'updateAdminAccess',
    entityType: 'admin',
    entityId: admin.email,
    before,
    after,
  });
  return after;
}

/**
 * Deletes an admin, ends their sessions and frees their e-mail for a new invitation; an unknown
 * e-mail is a 404, not a silent success.
 */
export async function deleteAdmin(
  deps: Deps,
  actor: Auditor,
  email: string,
): Promise<DeleteResult> {
  const admin = await deps.admins.findOne({ email });
  if (!admin) throw new NotFound();
  await assertNotLastSuperadmin(deps, admin, null);
  const { deletedCount } = await deps.admins.deleteOne({ _id: admin._id });
  // After the account is gone: a crash in between leaves a claim that goes stale and is taken
  // over, never an account without a claim.
  await releaseEmailClaim(deps.shop.EmailClaim, 'admin', admin.email, admin._id);
  await deps.sessions.revokeUser(admin.id as string);
  await deps.audit.record({
    actor,
    action: 'deleteAdmin',
    entityType: 'admin',
    entityId: admin.email,
    before: adminViewOf(admin),
    after: null,
  });
  return { deletedCount };
}
