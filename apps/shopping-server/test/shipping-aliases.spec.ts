import {
  createCustomer,
  loginAgent,
  NEPAL_ADDRESS,
  seedProduct,
  seedReferenceData,
  US_ADDRESS,
} from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

/**
 * Veniqa's storefront sends its own hard-coded ids as `shippingMethod`; reference data maps
 * them to the shop's methods through aliases, choosing among those serving the destination.
 */
const harness = useShopHarness();
let shop: RunningShop;
let refs: Awaited<ReturnType<typeof seedReferenceData>>;

beforeAll(async () => {
  refs = await seedReferenceData(harness.models);
  await harness.models.ShippingMethod.updateOne(
    { code: 'standard' },
    { $set: { aliases: ['20 day shipping', 'Expedited Shipping'] } },
  );
  await harness.models.ShippingMethod.create({
    code: 'nepal-express',
    name: 'Nepal express',
    maximumDays: 3,
    countries: ['NP'],
    aliases: ['Expedited Shipping'],
    price: { cents: 3000, currency: 'USD' },
    active: true,
  });
  shop = await harness.start();
});

async function checkoutWith(email: string, address: object, shippingMethod: string) {
  const product = await seedProduct(harness.models, refs);
  await createCustomer(harness.models, email);
  const agent = await loginAgent(shop, email);
  await agent
    .post('/shopping/addToCart')
    .send([{ product: String(product._id) }])
    .expect(200);
  const addresses = await agent.post('/user/address').send(address).expect(200);
  return agent
    .post('/orders/createCheckout')
    .send({ shippingMethod, addressId: addresses.body.responseData[0]._id });
}

describe("Veniqa's shipping ids", () => {
  it('when an alias is sent for Nepal, then the fastest method serving Nepal prices it', async () => {
    const res = await checkoutWith('np@example.com', NEPAL_ADDRESS, 'Expedited Shipping');
    expect(res.status).toBe(200);
    expect(res.body.responseData.cart.shippingPrice).toEqual({ amount: 30, currency: 'USD' });
    const stored = await harness.models.Checkout.findById(res.body.responseData._id).lean();
    expect(stored?.shipping_method).toBe('nepal-express');
  });

  it('when the same alias is sent for a country the faster method skips, then the other one is used', async () => {
    const res = await checkoutWith('us@example.com', US_ADDRESS, 'Expedited Shipping');
    expect(res.status).toBe(200);
    const stored = await harness.models.Checkout.findById(res.body.responseData._id).lean();
    expect(stored?.shipping_method).toBe('standard');
  });

  it('when an id is neither a code nor an alias, then 400 says so', async () => {
    const res = await checkoutWith('none@example.com', NEPAL_ADDRESS, 'No Rush Shipping');
    expect(res.status).toBe(400);
    expect(res.body.errorDetails).toBeTypeOf('string');
  });
});
