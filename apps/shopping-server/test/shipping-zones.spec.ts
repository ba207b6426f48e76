import request from 'supertest';
import {
  createCustomer,
  loginAgent,
  NEPAL_ADDRESS,
  seedProduct,
  seedReferenceData,
} from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

/**
 * Methods naming a country are its offers; a method for every country is the "rest of the
 * world" one. Seeded like the shop's defaults: CTT for Portugal, International for everyone.
 */
const harness = useShopHarness();
let shop: RunningShop;
let refs: Awaited<ReturnType<typeof seedReferenceData>>;

const PORTUGUESE_ADDRESS = {
  ...NEPAL_ADDRESS,
  city: 'Porto',
  state: 'Porto',
  zipCode: '4000-001',
  country: 'PT',
  mobilePhone: '+351912345678',
};

beforeAll(async () => {
  refs = await seedReferenceData(harness.models);
  await harness.models.Country.create({ code: 'PT', name: 'Portugal', currency: 'EUR' });
  await harness.models.ExchangeRate.create({ currency: 'EUR', one_usd_equals: 0.92 });
  await harness.models.ShippingMethod.create([
    {
      code: 'ctt-standard',
      name: 'CTT Standard',
      maximumDays: 5,
      countries: ['PT'],
      aliases: ['20 day shipping'],
      price: { cents: 490, currency: 'EUR' },
    },
    {
      code: 'international',
      name: 'International tracked',
      maximumDays: 15,
      countries: [],
      aliases: ['20 day shipping'],
      price: { cents: 1900, currency: 'EUR' },
    },
  ]);
  shop = await harness.start();
});

const offered = async (country: string) =>
  (await request(shop.server).get(`/ui/shippingMethods?country=${country}`).expect(200)).body
    .responseData as { code: string }[];

async function checkoutTo(email: string, shippingMethod: string) {
  const product = await seedProduct(harness.models, refs);
  await createCustomer(harness.models, email);
  const agent = await loginAgent(shop, email);
  await agent
    .post('/shopping/addToCart')
    .send([{ product: String(product._id) }])
    .expect(200);
  const addresses = await agent.post('/user/address').send(PORTUGUESE_ADDRESS).expect(200);
  return agent
    .post('/orders/createCheckout')
    .send({ shippingMethod, addressId: addresses.body.responseData[0]._id });
}

describe('shipping zones', () => {
  it('when a Portuguese address asks for offers, then only the methods naming Portugal come, not International', async () => {
    expect((await offered('PT')).map((m) => m.code)).toEqual(['ctt-standard']);
    expect((await offered('Portugal')).map((m) => m.code)).toEqual(['ctt-standard']);
  });

  it('when a country no method names asks, then the every-country methods serve it', async () => {
    expect((await offered('NP')).map((m) => m.code)).toEqual(['standard', 'international']);
  });

  it('when a Portuguese checkout names International anyway, then 400; Veniqa’s id picks CTT', async () => {
    const refused = await checkoutTo('pt-intl@example.com', 'international');
    expect(refused.status).toBe(400);
    expect(refused.body.errorDetails).toMatch(/shipping/i);
    const veniqa = await checkoutTo('pt-veniqa@example.com', '20 day shipping');
    expect(veniqa.status, JSON.stringify(veniqa.body)).toBe(200);
    const stored = await harness.models.Checkout.findById(veniqa.body.responseData._id).lean();
    expect(stored?.shipping_method).toBe('ctt-standard');
  });
});
