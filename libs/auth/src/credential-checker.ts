import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { assertBcryptCost, hashPassword, isBcryptHash } from './password-hashing.js';

export interface CredentialCheckerOptions<U> {
  /** Must equal the cost of the stored hashes, or unknown e-mails answer measurably faster. */
  cost: number;
  /** Where the user keeps its bcrypt hash. Default: the `password` field (Veniqa's schema). */
  passwordHashOf?: (user: U) => string | null | undefined;
}

export interface CredentialChecker<U> {
  /**
   * The user when the password matches, otherwise null. Exactly one bcrypt comparison runs
   * whether or not the user exists, so "no such e-mail" and "wrong password" cannot be told
   * apart by answer or by timing.
   */
  check(user: U | null | undefined, password: string): Promise<U | null>;
}

const defaultPasswordHashOf = (user: unknown): string | undefined => {
  const value = (user as { password?: unknown }).password;
  return typeof value === 'string' ? value : undefined;
};

export function createCredentialChecker<U = { password?: string | null }>(
  options: CredentialCheckerOptions<U>,
): CredentialChecker<U> {
  assertBcryptCost(options.cost);
  const passwordHashOf = options.passwordHashOf ?? defaultPasswordHashOf;
  // Computed once, up front, so the first unknown e-mail does not pay for two hashes.
  const dummyHash = hashPassword(randomBytes(24).toString('base64'), options.cost);
  dummyHash.catch(() => undefined);

  return {
    async check(user, password) {
      const stored = user ? passwordHashOf(user) : undefined;
      const usable = user != null && isBcryptHash(stored);
      const hash = usable ? stored : await dummyHash;
      const plain = typeof password === 'string' ? password : '';
      let matches = false;
      try {
        matches = await bcrypt.compare(plain, hash);
      } catch {
        matches = false;
      }
      return usable && matches ? user : null;
    },
  };
}
