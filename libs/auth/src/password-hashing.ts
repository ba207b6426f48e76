import { BadInput } from '@aneis/errors';
import {
  createPasswordPool,
  type PasswordAdmission,
  type PasswordPool,
  type PasswordPoolOptions,
} from './password-pool.js';

/** Below this, offline cracking of a leaked hash gets cheap; Veniqa itself used 10. */
export const MIN_BCRYPT_COST = 10;
const MAX_BCRYPT_COST = 31;
// bcrypt silently ignores everything after 72 bytes, so two long passphrases sharing a prefix would
// be the same password.
const MAX_PASSWORD_BYTES = 72;
const bcryptHashShape = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;
/** Scripts, seeds and tests hash a few passwords one after another: they wait, never refused. */
const SHARED_POOL_QUEUE = 10_000;

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

export interface PasswordHasherOptions extends PasswordPoolOptions {
  /** bcrypt cost of new hashes (and of the credential checker's stand-in hash). */
  cost: number;
}

/**
 * A server's password hashing: new hashes at its configured cost, comparisons, all in its own
 * pool of worker threads with its own cap (see createPasswordPool). One per server process; close
 * it at shutdown. When the pool is full, `hash` and `verify` reject with PasswordHashingBusy
 * (503 with Retry-After).
 */
export interface PasswordHasher {
  readonly cost: number;
  /** With an admission (see `admit`), the hash uses the place it holds. */
  hash(plain: string, admission?: PasswordAdmission): Promise<string>;
  /** False for a wrong password and for anything that is not a bcrypt hash. */
  verify(plain: string, hash: string, admission?: PasswordAdmission): Promise<boolean>;
  /**
   * A place in the pool for a login or sign-up about to start, or PasswordHashingBusy at once:
   * taken before its database and Redis work, released by its hash or by `release()`.
   */
  admit(): PasswordAdmission;
  close(): Promise<void>;
}

export function createPasswordHasher(options: PasswordHasherOptions): PasswordHasher {
  assertBcryptCost(options.cost);
  return hasherOn(createPasswordPool(options), options.cost);
}

function hasherOn(pool: PasswordPool, cost: number): PasswordHasher {
  return {
    cost,
    async hash(plain, admission) {
      if (plain.length === 0) throw new BadInput('Password must not be empty');
      if (Buffer.byteLength(plain, 'utf8') > MAX_PASSWORD_BYTES) {
        throw new BadInput(`Password must be at most ${MAX_PASSWORD_BYTES} bytes long`);
      }
      return pool.hash(plain, cost, admission);
    },
    async verify(plain, hash, admission) {
      if (!isBcryptHash(hash)) return false;
      return pool.compare(plain, hash, admission);
    },
    admit: () => pool.admit(),
    close: () => pool.close(),
  };
}

let sharedPool: PasswordPool | undefined;
// Started on first use; its idle threads end on their own and never keep a process alive.
const shared = () => (sharedPool ??= createPasswordPool({ maxQueued: SHARED_POOL_QUEUE }));

/** One hash off the event loop, for scripts, seeds and tests; servers use their PasswordHasher. */
export async function hashPassword(plain: string, cost: number): Promise<string> {
  assertBcryptCost(cost);
  return hasherOn(shared(), cost).hash(plain);
}

/** One comparison off the event loop; false for a wrong password and for a non-bcrypt value. */
export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return hasherOn(shared(), MIN_BCRYPT_COST).verify(plain, hash);
}
