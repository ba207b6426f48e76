import { BadInput } from '@aneis/errors';
import bcrypt from 'bcryptjs';

/** Below this, offline cracking of a leaked hash gets cheap; Veniqa itself used 10. */
export const MIN_BCRYPT_COST = 10;
const MAX_BCRYPT_COST = 31;
// bcrypt silently ignores everything after 72 bytes, so two long passphrases sharing a prefix would
// be the same password.
const MAX_PASSWORD_BYTES = 72;
const bcryptHashShape = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;

export function assertBcryptCost(cost: number): void {
  if (!Number.isInteger(cost) || cost < MIN_BCRYPT_COST || cost > MAX_BCRYPT_COST) {
    throw new RangeError(
      `bcrypt cost must be an integer from ${MIN_BCRYPT_COST} to ${MAX_BCRYPT_COST}, got ${cost}`,
    );
  }
}

export function isBcryptHash(value: unknown): value is string {
  return typeof value === 'string' && bcryptHashShape.test(value);
}

export async function hashPassword(plain: string, cost: number): Promise<string> {
  assertBcryptCost(cost);
  if (plain.length === 0) throw new BadInput('Password must not be empty');
  if (Buffer.byteLength(plain, 'utf8') > MAX_PASSWORD_BYTES) {
    throw new BadInput(`Password must be at most ${MAX_PASSWORD_BYTES} bytes long`);
  }
  return bcrypt.hash(plain, cost);
}

/** False for a wrong password and for anything that is not a bcrypt hash (never throws). */
export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  if (!isBcryptHash(hash)) return false;
  try {
    return await bcrypt.compare(plain, hash);
  } catch {
    return false;
  }
}
