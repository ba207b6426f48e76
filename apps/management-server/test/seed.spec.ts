import { seedFirstAdmin } from '../src/seed/seed-first-admin.js';
import { seedReferenceData } from '../src/seed/seed-reference-data.js';
import { TEST_BCRYPT_COST } from './support/test-server.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();

const seedModels = () => ({
  admins: server.services.admins,
  claims: server.services.shop.EmailClaim,
});

describe('seeding', () => {
  it('when the seed runs twice, then one approved superadmin exists whose password still works', async () => {
    const seed = { email: 'Founder@Example.com', password: 'first-seed-pass1' };
    expect(await seedFirstAdmin(seedModels(), seed, TEST_BCRYPT_COST)).toBe('created');
    expect(
      await seedFirstAdmin(seedModels(), { ...seed, password: 'changed-pass1' }, TEST_BCRYPT_COST),
    ).toBe('exists');
    expect(await server.services.admins.countDocuments({ email: 'founder@example.com' })).toBe(1);
    const res = await server.http
      .post('/security/login')
      .send({ email: 'founder@example.com', password: 'first-seed-pass1' });
    expect(res.status).toBe(200);
    expect(res.body.permissions).toEqual(['SUPERADMIN']);
  });

  it('when every replica of a fresh cluster seeds at once, then one superadmin is created', async () => {
    const seed = { email: 'first-boss@example.com', password: 'first-seed-pass1' };
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () => seedFirstAdmin(seedModels(), seed, TEST_BCRYPT_COST)),
    );
    expect(outcomes.filter((outcome) => outcome === 'created')).toHaveLength(1);
    expect(await server.services.admins.countDocuments({ email: seed.email })).toBe(1);
  });

  it('when reference data is seeded twice, then empty collections are filled once and edits survive', async () => {
    const first = await seedReferenceData(server.services.shop);
    expect(first).toMatchObject({
      stores: 5,
      weightUnits: 2,
      countries: 6,
      exchangeRates: 3,
      shippingMethods: 3,
      carriers: 7,
    });
    const carriers = await server.services.shop.Carrier.find().sort({ _id: 1 }).lean();
    expect(carriers.map((c) => c.code)).toEqual([
      'CTT',
      'DHL',
      'UPS',
      'FEDEX',
      'USPS',
      'MYUS',
      'AMAZON',
    ]);
    expect(carriers.every((c) => c.active)).toBe(true);
    await server.services.shop.Carrier.updateOne({ code: 'MYUS' }, { $set: { active: false } });
    await server.services.shop.Country.updateOne(
      { code: 'PT' },
      { $set: { name: 'Portugal (edited)' } },
    );
    const second = await seedReferenceData(server.services.shop);
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
    expect((await server.services.shop.Country.findOne({ code: 'PT' }).lean())?.name).toBe(
      'Portugal (edited)',
    );
    expect((await server.services.shop.Carrier.findOne({ code: 'MYUS' }).lean())?.active).toBe(
      false,
    );
  });
});
