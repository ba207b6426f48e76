import bcrypt from 'bcryptjs';
import { createCredentialChecker } from './credential-checker.js';
import { hashPassword } from './password-hashing.js';

interface StoredUser {
  email: string;
  password?: string | null;
}

describe('createCredentialChecker', () => {
  let alice: StoredUser;

  beforeAll(async () => {
    alice = { email: 'alice@example.com', password: await hashPassword('s3cret-pass', 10) };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('when the password matches, then the user comes back', async () => {
    const checker = createCredentialChecker<StoredUser>({ cost: 10 });
    expect(await checker.check(alice, 's3cret-pass')).toBe(alice);
  });

  it('when the e-mail is unknown or the password wrong, then both answer the same and both run one bcrypt comparison', async () => {
    const checker = createCredentialChecker<StoredUser>({ cost: 10 });
    // Let the dummy hash finish so the spy below counts comparisons only.
    await checker.check(null, 'warm-up');
    const compare = vi.spyOn(bcrypt, 'compare');

    const unknownStarted = performance.now();
    const unknown = await checker.check(null, 's3cret-pass');
    const unknownMs = performance.now() - unknownStarted;
    expect(compare).toHaveBeenCalledTimes(1);
    expect(compare.mock.calls[0]?.[1]).toMatch(/^\$2b\$10\$/);

    const wrongStarted = performance.now();
    const wrong = await checker.check(alice, 'not-the-password');
    const wrongMs = performance.now() - wrongStarted;
    expect(compare).toHaveBeenCalledTimes(2);
    expect(compare.mock.calls[1]?.[1]).toBe(alice.password);

    expect(unknown).toBeNull();
    expect(wrong).toBeNull();
    // Evidence that real bcrypt work happened on both paths, not a timing comparison.
    expect(unknownMs).toBeGreaterThan(1);
    expect(wrongMs).toBeGreaterThan(1);
  });

  it('when the user has no usable hash, then the dummy is still compared and the answer is no', async () => {
    const checker = createCredentialChecker<StoredUser>({ cost: 10 });
    const compare = vi.spyOn(bcrypt, 'compare');
    expect(await checker.check({ email: 'x@example.com', password: null }, '')).toBeNull();
    expect(
      await checker.check({ email: 'y@example.com', password: 'garbage' }, 'garbage'),
    ).toBeNull();
    expect(compare).toHaveBeenCalledTimes(2);
  });

  it('when the hash lives in another field, then passwordHashOf finds it', async () => {
    const checker = createCredentialChecker<{ id: string; passwordHash: string }>({
      cost: 10,
      passwordHashOf: (user) => user.passwordHash,
    });
    const user = { id: 'u1', passwordHash: alice.password ?? '' };
    expect(await checker.check(user, 's3cret-pass')).toBe(user);
  });

  it('when the cost is below 10, then the checker is refused', () => {
    expect(() => createCredentialChecker({ cost: 8 })).toThrow(RangeError);
  });
});
