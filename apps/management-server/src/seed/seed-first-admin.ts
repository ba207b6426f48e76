import { hashPassword } from '@aneis/auth';
import {
  createUnderEmailClaim,
  normaliseEmail,
  type AdminRecord,
  type ShopModels,
} from '@aneis/data';
import type { Model } from 'mongoose';
import { SUPERADMIN } from '../admins/last-superadmin.js';

export type SeedAdminOutcome = 'created' | 'exists';

/**
 * Creates the first superadmin, approved, with the given password. Idempotent: when an admin with
 * that e-mail exists nothing changes (its password is never reset by a redeploy). Every replica
 * runs this at start-up, at the same moment on a fresh cluster: the e-mail claim lets one create it.
 */
export async function seedFirstAdmin(
  models: { admins: Model<AdminRecord>; claims: ShopModels['EmailClaim'] },
  seed: { email: string; password: string; name?: string },
  bcryptCost: number,
): Promise<SeedAdminOutcome> {
  const { admins, claims } = models;
  const email = normaliseEmail(seed.email);
  const findAccount = async () => (await admins.exists({ email }))?._id ?? null;
  if (await findAccount()) return 'exists';
  const outcome = await createUnderEmailClaim(
    claims,
    { kind: 'admin', email, findAccount },
    async () =>
      admins.create({
        email,
        name: seed.name ?? 'Superadmin',
        password: await hashPassword(seed.password, bcryptCost),
        approved: true,
        permissions: [SUPERADMIN],
      }),
  );
  return outcome.created ? 'created' : 'exists';
}
