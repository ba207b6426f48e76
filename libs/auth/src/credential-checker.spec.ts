import { createCredentialChecker } from './credential-checker.js';
import { createPasswordHasher, hashPassword, type PasswordHasher } from './password-hashing.js';
import { PasswordHashingBusy } from './password-pool.js';

interface StoredUser {
  email: string;
  password?: string | null;
}

describe('createCredentialChecker', () => {
  let alice: StoredUser;
  let real: PasswordHasher;

  /** The real hasher, with its comparisons counted. */
  function countingHasher() {
    return { ...real, verify: vi.fn((plain: string, hash: string) => real.verify(plain, hash)) };
  }

  beforeAll(async () => {
    real = createPasswordHasher({ cost: 10, threads: 1 });
    alice = { email: 'alice@example.com', password: await hashPassword('s3cret-pass', 10) };
  });

  afterAll(async () => {
    await real.close();
  });

  it('when the password matches, then the user comes back', async () => {
    const checker = createCredentialChecker<StoredUser>({ hasher: real });
    expect(await checker.check(alice, 's3cret-pass')).toBe(alice);
  });

  it('when the e-mail is unknown or the password wrong, then both answer the same and both run one bcrypt comparison', async () => {
    const hasher = countingHasher();
    const checker = createCredentialChecker<StoredUser>({ hasher });

    const unknown = await checker.check(null, 's3cret-pass');
    expect(hasher.verify).toHaveBeenCalledTimes(1);
    expect(hasher.verify.mock.calls[0]?.[1]).toMatch(/^\$2b\$10\$/);

    const wrong = await checker.check(alice, 'not-the-password');
    expect(hasher.verify).toHaveBeenCalledTimes(2);
    expect(hasher.verify.mock.calls[1]?.[1]).toBe(alice.password);

    expect(unknown).toBeNull();
    expect(wrong).toBeNull();
  });

  it('when the user has no usable hash, then the stand-in is still compared and the answer is no', async () => {
    const hasher = countingHasher();
    const checker = createCredentialChecker<StoredUser>({ hasher });
    expect(await checker.check({ email: 'x@example.com', password: null }, '')).toBeNull();
    expect(
      await checker.check({ email: 'y@example.com', password: 'garbage' }, 'garbage'),
    ).toBeNull();
    expect(hasher.verify).toHaveBeenCalledTimes(2);
  });

  it('when the hasher is full, then known and unknown e-mails are both refused with the same 503', async () => {
    const busy = new PasswordHashingBusy(2);
    const hasher = { ...real, verify: vi.fn(() => Promise.reject(busy)) };
    const checker = createCredentialChecker<StoredUser>({ hasher });
    await expect(checker.check(alice, 's3cret-pass')).rejects.toBe(busy);
    await expect(checker.check(null, 's3cret-pass')).rejects.toBe(busy);
  });

  it('when the stand-in hash could not be made at first, then it is made again on the next check', async () => {
    let refuseNext = true;
    const hasher = {
      ...real,
      hash: vi.fn((plain: string) => {
        if (!refuseNext) return real.hash(plain);
        refuseNext = false;
        return Promise.reject(new PasswordHashingBusy(1));
      }),
    };
    const checker = createCredentialChecker<StoredUser>({ hasher });
    await expect(checker.check(null, 'pw')).rejects.toBeInstanceOf(PasswordHashingBusy);
    expect(await checker.check(null, 'pw')).toBeNull();
    expect(hasher.hash).toHaveBeenCalledTimes(2);
  });

  it('when the hash lives in another field, then passwordHashOf finds it', async () => {
    const checker = createCredentialChecker<{ id: string; passwordHash: string }>({
      hasher: real,
      passwordHashOf: (user) => user.passwordHash,
    });
    const user = { id: 'u1', passwordHash: alice.password ?? '' };
    expect(await checker.check(user, 's3cret-pass')).toBe(user);
  });
});
