import { backfillShippingAliases } from '../src/seed/backfill-shipping-aliases.js';
import { backfillVeniqaCarriers } from '../src/seed/backfill-veniqa-carriers.js';
import { VENIQA_SHIPPING_IDS } from '../src/seed/reference-defaults.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let cookie: string;

beforeAll(async () => {
  cookie = await server.cookieFor(['SUPERADMIN']);
});

const veniqaIds = Object.values(VENIQA_SHIPPING_IDS);
const method = (code: string, countries: string[], cents: number) => ({
  code,
  name: code,
  maximumDays: 5,
  countries,
  price: { cents, currency: 'EUR' },
  active: true,
});

describe("Veniqa's shipping ids as aliases", () => {
  it('when a shop from before aliases starts, then the backfill gives them once and keeps edits', async () => {
    const { ShippingMethod } = server.services.shop;
    await ShippingMethod.deleteMany({});
    // Rows as an older release wrote them: no `aliases` at all.
    await ShippingMethod.create([
      method('ctt-standard', ['PT', 'ES'], 490),
      method('ctt-expresso', ['PT'], 750),
      method('pickup', ['PT'], 0),
      method('world-post', [], 2500),
      method('world-cheap', [], 1500),
    ]);
    expect(await backfillShippingAliases(server.services.shop)).toBe(5);
    const aliasesOf = async (code: string) =>
      (await ShippingMethod.findOne({ code }).lean())?.aliases;
    expect(await aliasesOf('ctt-standard')).toEqual([
      VENIQA_SHIPPING_IDS.twentyDay,
      VENIQA_SHIPPING_IDS.noRush,
    ]);
    expect(await aliasesOf('ctt-expresso')).toEqual([VENIQA_SHIPPING_IDS.expedited]);
    // Veniqa's ids no default row carries go to the cheapest method serving every country.
    expect(await aliasesOf('world-cheap')).toEqual(veniqaIds);
    expect(await aliasesOf('world-post')).toEqual([]);
    expect(await aliasesOf('pickup')).toEqual([]);

    // A manager empties one list; the next start leaves it (and everything else) alone.
    await ShippingMethod.updateOne({ code: 'ctt-expresso' }, { $set: { aliases: [] } });
    expect(await backfillShippingAliases(server.services.shop)).toBe(0);
    expect(await aliasesOf('ctt-expresso')).toEqual([]);
  });

  it('when a manager edits aliases through the API, then they are listed and repeats are refused', async () => {
    const list = await server.http
      .get('/referenceData/shippingMethodList')
      .set('Cookie', cookie)
      .expect(200);
    const row = (list.body.responseData as { _id: string; code: string }[]).find(
      (m) => m.code === 'world-post',
    );
    await server.http
      .put('/referenceData/shippingMethod')
      .set('Cookie', cookie)
      .send({ _id: row?._id, aliases: ['Expedited Shipping'] })
      .expect(200);
    const after = await server.http
      .get('/referenceData/shippingMethodList')
      .set('Cookie', cookie)
      .expect(200);
    expect(
      (after.body.responseData as { code: string; aliases: string[] }[]).find(
        (m) => m.code === 'world-post',
      )?.aliases,
    ).toEqual(['Expedited Shipping']);
    const repeated = await server.http
      .put('/referenceData/shippingMethod')
      .set('Cookie', cookie)
      .send({ _id: row?._id, aliases: ['Rush', 'rush'] })
      .expect(400);
    expect(repeated.body.errorDetails).toMatch(/aliases must not repeat/);
  });
});

describe("Veniqa's carrier codes", () => {
  it('when a shop from before AMAZON starts, then it is added once and a later deletion sticks', async () => {
    const { Carrier } = server.services.shop;
    const connection = server.mongo.connection;
    await Carrier.deleteMany({ code: 'AMAZON' });
    await connection.collection('migrations').deleteMany({});
    expect(await backfillVeniqaCarriers(server.services.shop, connection)).toEqual(['AMAZON']);
    expect(await Carrier.exists({ code: 'AMAZON', active: true })).toBeTruthy();
    await Carrier.deleteOne({ code: 'AMAZON' });
    expect(await backfillVeniqaCarriers(server.services.shop, connection)).toEqual([]);
    expect(await Carrier.exists({ code: 'AMAZON' })).toBeNull();
  });
});
