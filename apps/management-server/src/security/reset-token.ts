import { createHash, randomBytes } from 'node:crypto';

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
/** Admins created by a superadmin get a month to follow their onboarding link. */
export const ONBOARDING_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** 20 random bytes as 40 hex characters, as Veniqa's links carry. */
export function newResetToken(): string {
  return randomBytes(20).toString('hex');
}

/** Only the hash is stored, so a copy of the database holds no usable link. */
export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
