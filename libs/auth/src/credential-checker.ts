import { randomBytes } from 'node:crypto';
import type { PasswordHasher } from './password-hashing.js';
import type { PasswordAdmission } from './password-pool.js';
import { isBcryptHash } from './password-hashing.js';

export interface CredentialCheckerOptions<U> {
  /** Its cost must equal that of the stored hashes, or unknown e-mails answer measurably faster. */
  hasher: PasswordHasher;
  /** Where the user keeps its bcrypt hash. Default: the `password` field (Veniqa's schema). */
  passwordHashOf?: (user: U) => string | null | undefined;
}

export interface CredentialChecker<U> {
  /**
   * The user when the password matches, otherwise null. Exactly one bcrypt comparison runs
   * whether or not the user exists, so "no such e-mail" and "wrong password" cannot be told
   * apart by answer or by timing. Rejects with PasswordHashingBusy (429) when the hasher's pool
   * is full, for known and unknown e-mails alike.
   */
  check(
    user: U | null | undefined,
    password: unknown,
    admission?: PasswordAdmission,
  ): Promise<U | null>;
}

const defaultPasswordHashOf = (user: unknown): string | undefined => {
  const value = (user as { password?: unknown }).password;
  return typeof value === 'string' ? value : undefined;
};

export function createCredentialChecker<U = { password?: string | null }>(
  options: CredentialCheckerOptions<U>,
): CredentialChecker<U> {
  const { hasher } = options;
  const passwordHashOf = options.passwordHashOf ?? defaultPasswordHashOf;

  // The hash compared against when there is no usable one: made up front, so the first unknown
  // e-mail does not pay for two hashes; made again should that first attempt fail.
  let standIn: Promise<string> | undefined;
  const makeStandIn = (): Promise<string> => {
    const made = hasher.hash(randomBytes(24).toString('base64'));
    made.catch(() => {
      if (standIn === made) standIn = undefined;
    });
    return made;
  };
  standIn = makeStandIn();

  return {
    async check(user, password, admission) {
      const stored = user ? passwordHashOf(user) : undefined;
      const usable = user != null && isBcryptHash(stored);
      const hash = usable ? stored : await (standIn ??= makeStandIn());
      const plain = typeof password === 'string' ? password : '';
      const matches = await hasher.verify(plain, hash, admission);
      return usable && matches ? user : null;
    },
  };
}
