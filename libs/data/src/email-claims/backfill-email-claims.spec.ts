import { Types } from 'mongoose';
import {
  createMongoConnection,
  type MongoConnection,
} from '../connection/create-mongo-connection.js';
import { registerModels, type ShopModels } from '../models/register-models.js';
import { useTestDatabase } from '../testing/test-database.js';
import { backfillEmailClaims } from './backfill-email-claims.js';
import { createUnderEmailClaim } from './claim-email.js';
import { emailClaimId } from './email-claim-id.js';

const db = useTestDatabase();
let mongo: MongoConnection;
let shop: ShopModels;

beforeAll(async () => {
  mongo = createMongoConnection({ uri: db.uri, embedded: db.embedded });
  await mongo.connect();
  shop = registerModels(mongo.connection);
});
afterAll(() => mongo.close());

// Written with the driver, as an old version or the embedded engine's missing unique index
// would have left them: two of them share an address.
async function seedAccountsFromBeforeClaims(count: number) {
  const customers = Array.from({ length: count }, (_, i) => ({
    _id: new Types.ObjectId(),
    email: `old${i}@example.com`,
    password: 'hash',
    name: `Old ${i}`,
    referral_token: `r${i}`,
  }));
  const twin = { ...customers[3], _id: new Types.ObjectId(), referral_token: 'twin' };
  await shop.Customer.collection.insertMany([...customers, twin]);
  return { customers, twin };
}

describe('backfilling e-mail claims', () => {
  it('when accounts predate claims, then each address gets one claim bound to its oldest account, and a second run writes nothing', async () => {
    const { customers, twin } = await seedAccountsFromBeforeClaims(503);

    const [a, b] = await Promise.all([
      backfillEmailClaims(shop.EmailClaim, 'customer', shop.Customer),
      backfillEmailClaims(shop.EmailClaim, 'customer', shop.Customer),
    ]);
    expect(a.created + b.created).toBe(503);
    expect(await shop.EmailClaim.countDocuments({ kind: 'customer' })).toBe(503);
    const shared = await shop.EmailClaim.findById(emailClaimId('customer', 'old3@example.com'));
    expect(shared?.owner?.equals(customers[3]?._id)).toBe(true);
    expect(a.duplicateAccountIds).toEqual([twin._id.toHexString()]);

    const again = await backfillEmailClaims(shop.EmailClaim, 'customer', shop.Customer);
    expect(again).toMatchObject({ accounts: 504, created: 0 });
  });

  it('when claims are backfilled, then a sign-up for an old address is refused', async () => {
    const outcome = await createUnderEmailClaim(
      shop.EmailClaim,
      { kind: 'customer', email: 'Old7@Example.com', findAccount: async () => null },
      async () => ({ _id: new Types.ObjectId() }),
    );
    expect(outcome.created).toBe(false);
  });
});
