import { hashPassword } from '@aneis/auth';
import type { AdminRecord } from '@aneis/data';
import type { Model } from 'mongoose';
import { SUPERADMIN } from '../admins/last-superadmin.js';

export type SeedAdminOutcome = 'created' | 'exists';

/**
 * Creates the first superadmin, approved, with the given password. Idempotent: when an admin with
 * that e-mail exists nothing changes (its password is never reset by a redeploy).
 */
export async function seedFirstAdmin(
  admins: Model<AdminRecord>,
  seed: { email: string; password: string; name?: string },
  bcryptCost: number,
): Promise<SeedAdminOutcome> {
  const email = seed.email.trim().toLowerCase();
  if (await admins.exists({ email })) return 'exists';
  await admins.create({
    email,
    name: seed.name ?? 'Superadmin',
    password: await hashPassword(seed.password, bcryptCost),
    approved: true,
    permissions: [SUPERADMIN],
  });
  return 'created';
}
