import { BadInput } from '@aneis/errors';
import bcrypt from 'bcryptjs';
import { createPasswordHasher, hashPassword, verifyPassword } from './password-hashing.js';

describe('hashPassword and verifyPassword', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('when a password is hashed, then the hash uses the cost and verifies only that password', async () => {
    const hash = await hashPassword('correct horse', 10);
    expect(bcrypt.getRounds(hash)).toBe(10);
    expect(hash).not.toContain('correct horse');
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horse!', hash)).toBe(false);
  });

  it('when passwords are hashed and compared, then bcryptjs never runs on the event loop thread', async () => {
    const onThisThread = [
      vi.spyOn(bcrypt, 'hash'),
      vi.spyOn(bcrypt, 'hashSync'),
      vi.spyOn(bcrypt, 'compare'),
      vi.spyOn(bcrypt, 'compareSync'),
    ];
    const hasher = createPasswordHasher({ cost: 10, threads: 1 });
    try {
      const hash = await hasher.hash('off the loop');
      expect(await hasher.verify('off the loop', hash)).toBe(true);
      expect(await verifyPassword('off the loop', await hashPassword('off the loop', 10))).toBe(
        true,
      );
    } finally {
      await hasher.close();
    }
    for (const spy of onThisThread) expect(spy).not.toHaveBeenCalled();
  });

  it.each([9, 4, 10.5, 32])('when the cost is %s, then hashing is refused', async (cost) => {
    await expect(hashPassword('pw', cost)).rejects.toThrow(RangeError);
    expect(() => createPasswordHasher({ cost })).toThrow(RangeError);
  });

  it('when the password is longer than bcrypt can see, then it is refused as bad input', async () => {
    await expect(hashPassword('é'.repeat(37), 10)).rejects.toBeInstanceOf(BadInput);
    await expect(hashPassword('a'.repeat(72), 10)).resolves.toMatch(/^\$2b\$10\$/);
  });

  it('when the password is empty, then it is refused as bad input', async () => {
    await expect(hashPassword('', 10)).rejects.toBeInstanceOf(BadInput);
  });

  it('when the stored value is not a bcrypt hash, then verification says no instead of throwing', async () => {
    expect(await verifyPassword('pw', '')).toBe(false);
    expect(await verifyPassword('pw', 'plaintext-password')).toBe(false);
  });

  it('when the hash comes from Veniqa ($2a$ prefix), then it still verifies', async () => {
    const legacy = (await hashPassword('veniqa', 10)).replace(/^\$2b\$/, '$2a$');
    expect(await verifyPassword('veniqa', legacy)).toBe(true);
  });
});
