import { readOutbox } from '@aneis/mail';
import {
  createCustomer,
  customerWithCheckout,
  loginAgent,
  seedProduct,
  seedReferenceData,
  US_ADDRESS,
} from './support/seed.js';
import { useShopHarness, type RunningShop } from './support/shop-harness.js';

const harness = useShopHarness();
let shop: RunningShop;
let refs: Awaited<ReturnType<typeof seedReferenceData>>;

const usd = (amount: number) => ({ amount, currency: 'USD' });

beforeAll(async () => {
  refs = await seedReferenceData(harness.models);
  // `category` predates IVA (no rate stored: the standard 23 %); `other` is a 6 % category.
  await harness.models.Category.updateOne({ _id: refs.other._id }, { vatPercent: 6 });
  shop = await harness.start();
});

describe('IVA-included pricing', () => {
  it('when a cart mixes a 23 % and a 6 % category, then the checkout shows the IVA per line and per rate and adds no Veniqa charge', async () => {
    const ring = await seedProduct(harness.models, refs, { name: 'Standard Ring' });
    const book = await seedProduct(
      harness.models,
      { ...refs, category: refs.other },
      {
        name: 'Ring Care Book',
        price: { cents: 1060, currency: 'USD' },
      },
    );
    await createCustomer(harness.models, 'iva@example.com');
    const agent = await loginAgent(shop, 'iva@example.com');
    await agent
      .post('/shopping/addToCart')
      .send([
        { product: String(ring._id), counts: 2 },
        { product: String(book._id), counts: 1 },
      ])
      .expect(200);
    const addresses = await agent.post('/user/address').send(US_ADDRESS).expect(200);
    const checkout = await agent
      .post('/orders/createCheckout')
      .send({ addressId: addresses.body.responseData[0]._id, shippingMethod: 'standard' })
      .expect(200);
    const cart = checkout.body.responseData.cart;

    expect(cart.tariffPrice).toEqual(usd(0));
    expect(cart.serviceCharge).toEqual(usd(0));
    // 55,98 + 10,60 + 15 shipping: the gross prices are what the shopper pays.
    expect(cart.totalPrice).toEqual(usd(81.58));
    // 5 598 × 23 / 123 = 1 046,78 → 1 047; 1 060 × 6 / 106 = 60.
    const lineVat = Object.fromEntries(
      cart.items.map(
        (line: { product: { name: string }; vatPercent: number; vatPrice: object }) => [
          line.product.name,
          [line.vatPercent, line.vatPrice],
        ],
      ),
    );
    expect(lineVat).toEqual({
      'Standard Ring': [23, usd(10.47)],
      'Ring Care Book': [6, usd(0.6)],
    });
    // Shipping is taxed like the goods it carries: 15 shared 5 598 : 1 060 → 12,61 at 23 %
    // (contains 2,36) and 2,39 at 6 % (contains 0,14).
    expect(cart.shippingVatPrice).toEqual(usd(2.5));
    expect(cart.vatLines).toEqual([
      { ratePercent: 6, vatPrice: usd(0.74) },
      { ratePercent: 23, vatPrice: usd(12.83) },
    ]);
    expect(cart.vatPrice).toEqual(usd(13.57));
  });

  it('when an order is placed and the rate changes afterwards, then the order keeps the IVA it was charged', async () => {
    const ring = await seedProduct(harness.models, refs, { name: 'Kept Rate Ring' });
    const { agent, checkoutId } = await customerWithCheckout(
      shop,
      harness.models,
      'kept@example.com',
      String(ring._id),
      2,
      US_ADDRESS,
    );
    await agent
      .post('/orders/completeCheckoutManually')
      .send({ checkoutId, method: 'BANK_TRANSFER' })
      .expect(200);
    const stored = await harness.models.Order.findById(checkoutId).lean();
    // The ring's 10,47 and the 15,00 shipping's 2,80.
    expect(stored?.cart.vatPrice).toEqual({ cents: 1327, currency: 'USD' });
    expect(stored?.cart.shippingVatPrice).toEqual({ cents: 280, currency: 'USD' });
    expect(stored?.cart.items[0]).toMatchObject({ vatPercent: 23, vatPrice: { cents: 1047 } });
    await shop.mail.settled();
    const [mail] = await readOutbox(harness.outboxDir, {
      to: 'kept@example.com',
      template: 'order_received',
    });
    // The shopper had no language yet: the mail is in Portuguese, amounts in the shop's currency.
    expect(mail?.text.replace(/[\u00a0\u202f]/g, ' ')).toMatch(
      /dos quais IVA \(23 %\): +13,27 US\$/,
    );

    await harness.models.Category.updateOne({ _id: refs.category._id }, { vatPercent: 13 });
    try {
      const details = await agent.get(`/user/orderDetails?orderId=${checkoutId}`).expect(200);
      expect(details.body.responseData.cart.vatLines).toEqual([
        { ratePercent: 23, vatPrice: usd(13.27) },
      ]);
      expect(details.body.responseData.cart.items[0].vatPercent).toBe(23);
    } finally {
      await harness.models.Category.updateOne(
        { _id: refs.category._id },
        { $unset: { vatPercent: 1 } },
      );
    }
  });

  it('when the shop turns Veniqa’s charges on, then the tariff and 5 % service charge are added and the IVA stays what the prices contain', async () => {
    const veniqaShop = await harness.start({ env: { VENIQA_TARIFFS_AND_SERVICE_CHARGE: 'true' } });
    const ring = await seedProduct(harness.models, refs, { name: 'Veniqa Ring' });
    const { checkout } = await customerWithCheckout(
      veniqaShop,
      harness.models,
      'veniqa-charges@example.com',
      String(ring._id),
      2,
    );
    const cart = checkout.responseData.cart;
    expect(cart.tariffPrice).toEqual(usd(11.2));
    expect(cart.serviceCharge).toEqual(usd(2.8));
    expect(cart.totalPrice).toEqual(usd(84.98));
    expect(cart.vatPrice).toEqual(usd(13.27));
  });
});
