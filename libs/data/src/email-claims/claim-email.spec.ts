import { Types } from 'mongoose';
import type { ShopModels } from '../models/register-models.js';
import { useRacingConnections } from '../testing/racing-connections.js';
import { EMAIL_CLAIM_STALE_MS, createUnderEmailClaim, releaseEmailClaim } from './claim-email.js';
import { emailClaimId } from './email-claim-id.js';

// Three connections stand in for three server processes racing over the wire.
const { shop } = useRacingConnections(3);
const first = () => shop(0);

function signUp(shop: ShopModels, email: string, options: { now?: () => Date } = {}) {
  return createUnderEmailClaim(
    shop.EmailClaim,
    {
      kind: 'customer',
      email,
      findAccount: async () => (await shop.Customer.findOne({ email }).lean())?._id ?? null,
      ...options,
    },
    () =>
      shop.Customer.create({
        email,
        password: 'hash',
        name: 'Someone',
        referral_token: new Types.ObjectId().toHexString(),
      }),
  );
}

describe('e-mail claims', () => {
  it('when ten processes create one address at once, then exactly one account is made', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signUp(shop(i), 'race@example.com')),
    );

    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(await first().Customer.countDocuments({ email: 'race@example.com' })).toBe(1);
    const claim = await first().EmailClaim.findById(emailClaimId('customer', 'race@example.com'));
    const account = await first().Customer.findOne({ email: 'race@example.com' });
    expect(claim?.owner?.equals(account?._id)).toBe(true);
  });

  it('when creating the account fails, then the claim is given back and a retry succeeds', async () => {
    const failed = createUnderEmailClaim(
      first().EmailClaim,
      { kind: 'customer', email: 'retry@example.com', findAccount: async () => null },
      () => Promise.reject(new Error('hashing refused')),
    );
    await expect(failed).rejects.toThrow('hashing refused');
    expect(await first().EmailClaim.countDocuments({ email: 'retry@example.com' })).toBe(0);

    expect((await signUp(first(), 'retry@example.com')).created).toBe(true);
  });

  it('when a claim is left by a sign-up that died, then it blocks while young and is taken over once stale', async () => {
    const id = emailClaimId('customer', 'crashed@example.com');
    const claimedAt = new Date();
    await first().EmailClaim.create({
      _id: id,
      kind: 'customer',
      email: 'crashed@example.com',
      token: 'dead-process',
      owner: null,
      claimedAt,
    });

    expect((await signUp(first(), 'crashed@example.com')).created).toBe(false);
    const later = () => new Date(claimedAt.getTime() + EMAIL_CLAIM_STALE_MS + 1);
    const takeovers = await Promise.all(
      [0, 1, 2].map((i) => signUp(shop(i), 'crashed@example.com', { now: later })),
    );
    expect(takeovers.filter((o) => o.created)).toHaveLength(1);
    expect(await first().Customer.countDocuments({ email: 'crashed@example.com' })).toBe(1);
  });

  it('when an account predates claims, then a sign-up for its address is refused and the claim is bound to it', async () => {
    const old = await first().Customer.create({
      email: 'legacy@example.com',
      password: 'hash',
      name: 'Legacy',
      referral_token: new Types.ObjectId().toHexString(),
    });

    expect((await signUp(first(), 'LEGACY@example.com ')).created).toBe(false);
    expect(await first().Customer.countDocuments({ email: 'legacy@example.com' })).toBe(1);
    const claim = await first().EmailClaim.findById(emailClaimId('customer', 'legacy@example.com'));
    expect(claim?.owner?.equals(old._id)).toBe(true);
  });

  it('when an account is deleted, then its release frees the address, but never a claim taken over since', async () => {
    expect((await signUp(first(), 'gone@example.com')).created).toBe(true);
    const account = await first().Customer.findOne({ email: 'gone@example.com' });
    await first().Customer.deleteOne({ _id: account?._id });

    await releaseEmailClaim(
      first().EmailClaim,
      'customer',
      'gone@example.com',
      new Types.ObjectId(),
    );
    expect(await first().EmailClaim.countDocuments({ email: 'gone@example.com' })).toBe(1);
    await releaseEmailClaim(
      first().EmailClaim,
      'customer',
      'Gone@Example.com',
      account?._id as Types.ObjectId,
    );
    expect(await first().EmailClaim.countDocuments({ email: 'gone@example.com' })).toBe(0);
    expect((await signUp(first(), 'gone@example.com')).created).toBe(true);
  });

  it('when an account was deleted without its release, then its stale claim is taken over', async () => {
    const now = new Date();
    expect((await signUp(first(), 'orphan@example.com', { now: () => now })).created).toBe(true);
    await first().Customer.deleteMany({ email: 'orphan@example.com' });

    expect((await signUp(first(), 'orphan@example.com')).created).toBe(false);
    const later = () => new Date(now.getTime() + EMAIL_CLAIM_STALE_MS + 1);
    expect((await signUp(first(), 'orphan@example.com', { now: later })).created).toBe(true);
  });

  it('when the same address is claimed as a customer and as an admin, then both succeed', async () => {
    expect((await signUp(first(), 'both@example.com')).created).toBe(true);
    const admin = await createUnderEmailClaim(
      first().EmailClaim,
      { kind: 'admin', email: 'both@example.com', findAccount: async () => null },
      async () => ({ _id: new Types.ObjectId() }),
    );
    expect(admin.created).toBe(true);
  });
});
