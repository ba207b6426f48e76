import { createHash, randomBytes } from 'node:crypto';

/** Confirmation and reset tokens: 20 random bytes as 40 hex characters (Veniqa's shape). */
export function newToken(): string {
  return randomBytes(20).toString('hex');
}

/** Tokens are stored hashed, so a database leak yields no usable links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token.toLowerCase()).digest('hex');
}

/** Veniqa's referral token: 4 random bytes as 8 hex characters. */
export function newReferralToken(): string {
  return randomBytes(4).toString('hex');
}
