import { Types } from 'mongoose';
import request from 'supertest';
import { createCustomer, loginAgent, NEPAL_ADDRESS, seedProduct } from './support/seed.js';
import { useSeededShop } from './support/seeded-shop.js';

/**
 * Unknown keys are stripped rather than refused (Veniqa's clients send UI state and echoed
 * fields), so these prove that what a shopper adds to a body never takes effect: each request
 * succeeds, and the stored documents show none of the smuggled values.
 */
const { harness, shop, refs } = useSeededShop();

const chosenId = () => new Types.ObjectId().toHexString();

describe('mass assignment through the shopping server', () => {
  it('when a signup sends emailConfirmed, permissions, _id and a cart, then none is stored', async () => {
    const smuggledId = chosenId();
    await request(shop.server)
      .post('/security/signup')
      .send({
        email: 'smuggler@example.com',
        password: 'secret123',
        name: 'Smuggler',
        emailConfirmed: true,
        permissions: ['SUPERADMIN'],
        _id: smuggledId,
        cart: { items: [], totalPrice: { amount: 0, currency: 'USD' } },
        referral_token: 'chosen',
        deleted: false,
      })
      .expect(200);
    const stored = await harness.models.Customer.findOne({ email: 'smuggler@example.com' }).lean();
    expect(String(stored?._id)).not.toBe(smuggledId);
    // Still waiting for the confirmation link: emailConfirmed was not taken.
    expect(stored?.emailConfirmationToken).toBeTypeOf('string');
    expect(stored).not.toHaveProperty('permissions');
    expect(stored?.referral_token).not.toBe('chosen');
  });

  it('when cart lines carry prices and stock, then prices come from the catalogue and stock is untouched', async () => {
    const product = await seedProduct(harness.models, refs, { stock: 5 });
    await createCustomer(harness.models, 'cheap@example.com');
    const agent = await loginAgent(shop, 'cheap@example.com');
    const added = await agent
      .post('/shopping/addToCart')
      .send([
        {
          product: String(product._id),
          counts: 1,
          price: { amount: 0.01, currency: 'USD' },
          aggregatedPrice: { amount: 0.01, currency: 'USD' },
          stock: 999,
        },
      ])
      .expect(200);
    const line = added.body.responseData.items[0];
    await agent
      .put('/shopping/updateCart')
      .send({
        cartItems: [
          {
            _id: line._id,
            product: String(product._id),
            counts: 2,
            aggregatedPrice: { amount: 0.01, currency: 'USD' },
            product_price: 0,
          },
        ],
      })
      .expect(200);
    const stored = await harness.models.Customer.findOne({ email: 'cheap@example.com' }).lean();
    expect(stored?.cart?.items[0]?.aggregatedPrice.cents).toBe(2 * product.price.cents);
    expect(stored?.cart?.subTotalPrice.cents).toBe(2 * product.price.cents);
    const after = await harness.models.Product.findById(product._id).lean();
    expect(after?.stock).toBe(5);
  });

  it('when an address is posted with a chosen _id, then the server picks the id', async () => {
    await createCustomer(harness.models, 'address@example.com');
    const agent = await loginAgent(shop, 'address@example.com');
    const smuggledId = chosenId();
    await agent
      .post('/user/address')
      .send({ ...NEPAL_ADDRESS, _id: smuggledId, user: chosenId(), verified: true })
      .expect(200);
    const stored = await harness.models.Customer.findOne({ email: 'address@example.com' }).lean();
    expect(stored?.addresses).toHaveLength(1);
    expect(String(stored?.addresses[0]?._id)).not.toBe(smuggledId);
    expect(stored?.addresses[0]).not.toHaveProperty('verified');
  });

  it('when a checkout sends a status and prices, then the stored checkout is RECEIVED at catalogue prices', async () => {
    const product = await seedProduct(harness.models, refs);
    await createCustomer(harness.models, 'status@example.com');
    const agent = await loginAgent(shop, 'status@example.com');
    await agent
      .post('/shopping/addToCart')
      .send([{ product: String(product._id) }])
      .expect(200);
    const addresses = await agent.post('/user/address').send(NEPAL_ADDRESS).expect(200);
    const checkout = await agent
      .post('/orders/createCheckout')
      .send({
        addressId: addresses.body.responseData[0]._id,
        shippingMethod: 'standard',
        overall_status: 'COMPLETED',
        cart: { totalPrice: { amount: 0.01, currency: 'USD' } },
        totalPrice: { amount: 0.01, currency: 'USD' },
        payment_info: [{ source: 'STRIPE', type: 'PAID' }],
      })
      .expect(200);
    const stored = await harness.models.Checkout.findById(checkout.body.responseData._id).lean();
    expect(stored?.overall_status).toBe('RECEIVED');
    expect(stored?.cart.totalPrice.cents).toBeGreaterThan(product.price.cents);
    expect(stored?.payment_info[0]?.type).toBe('PENDING');
  });
});
