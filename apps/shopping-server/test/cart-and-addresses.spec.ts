import { createCustomer, loginAgent, NEPAL_ADDRESS, seedProduct } from './support/seed.js';
import { useSeededShop } from './support/seeded-shop.js';

const { harness, shop, refs } = useSeededShop();

const sizes = {
  customizations: [{ type: 'Array' as const, name: 'Size', key: 'Size', values: ['9', '10'] }],
};

describe('cart', () => {
  it('when the same product and customizations are added twice, then one line is merged and repriced in cents', async () => {
    const product = await seedProduct(harness.models, refs, { customizationOptions: sizes });
    await createCustomer(harness.models, 'cart@example.com');
    const agent = await loginAgent(shop, 'cart@example.com');
    const empty = await agent.get('/shopping/getCart').expect(200);
    expect(empty.body.responseData).toEqual({
      items: [],
      totalWeight: { quantity: 0, unit: 'LB' },
      subTotalPrice: { amount: 0, currency: 'USD' },
    });
    await agent
      .post('/shopping/addToCart')
      .send([{ product: String(product._id), customizations: { Size: '10' } }])
      .expect(200);
    const cart = await agent
      .post('/shopping/addToCart')
      .send([{ product: String(product._id), counts: 2, customizations: { Size: '10' } }])
      .expect(200);
    const items = cart.body.responseData.items;
    expect(items).toHaveLength(1);
    expect(items[0].counts).toBe(3);
    expect(items[0].aggregatedPrice).toEqual({ amount: 83.97, currency: 'USD' });
    expect(cart.body.responseData.subTotalPrice).toEqual({ amount: 83.97, currency: 'USD' });

    const updated = await agent
      .put('/shopping/updateCart')
      .send({
        cartItems: [
          {
            _id: items[0]._id,
            product: String(product._id),
            counts: 1,
            customizations: { Size: '9' },
          },
        ],
      })
      .expect(200);
    expect(updated.body.responseData.items[0]).toMatchObject({
      counts: 1,
      customizations: { Size: '9' },
    });

    const bad = await agent
      .post('/shopping/addToCart')
      .send([{ product: String(product._id), customizations: { Size: '99' } }])
      .expect(400);
    expect(bad.body.errorDetails).toMatch(/not a choice/);

    const removed = await agent
      .delete('/shopping/deleteFromCart')
      .send({ cartItemIds: [items[0]._id] })
      .expect(200);
    expect(removed.body.responseData.items).toEqual([]);
  });

  it('when counts are zero, negative, fractional, huge or the body is empty, then 400 with a readable message', async () => {
    const product = await seedProduct(harness.models, refs);
    await createCustomer(harness.models, 'counts@example.com');
    const agent = await loginAgent(shop, 'counts@example.com');
    for (const counts of [0, -1, 1.5, 1000, '2']) {
      const res = await agent
        .post('/shopping/addToCart')
        .send([{ product: String(product._id), counts }]);
      expect(res.status).toBe(400);
      expect(typeof res.body.errorDetails).toBe('string');
    }
    const empty = await agent.post('/shopping/addToCart').send([]).expect(400);
    expect(empty.body.errorDetails).toMatch(/No items to add/);
  });

  it('when a product in the cart becomes inactive, then the next read drops its line', async () => {
    const product = await seedProduct(harness.models, refs);
    await createCustomer(harness.models, 'inactive@example.com');
    const agent = await loginAgent(shop, 'inactive@example.com');
    await agent
      .post('/shopping/addToCart')
      .send([{ product: String(product._id) }])
      .expect(200);
    await harness.models.Product.updateOne({ _id: product._id }, { $set: { active: false } });
    const cart = await agent.get('/shopping/getCart').expect(200);
    expect(cart.body.responseData.items).toEqual([]);
  });

  it('when a shopper deletes another shopper’s cart line id, then the other cart is untouched', async () => {
    const product = await seedProduct(harness.models, refs);
    await createCustomer(harness.models, 'victim@example.com');
    await createCustomer(harness.models, 'attacker@example.com');
    const victim = await loginAgent(shop, 'victim@example.com');
    const attacker = await loginAgent(shop, 'attacker@example.com');
    const cart = await victim
      .post('/shopping/addToCart')
      .send([{ product: String(product._id) }])
      .expect(200);
    const lineId = cart.body.responseData.items[0]._id as string;
    await attacker
      .delete('/shopping/deleteFromCart')
      .send({ cartItemIds: [lineId] })
      .expect(200);
    await attacker
      .put('/shopping/updateCart')
      .send({ cartItems: [{ _id: lineId, product: String(product._id), counts: 5 }] })
      .expect(200);
    const after = await victim.get('/shopping/getCart').expect(200);
    expect(after.body.responseData.items).toHaveLength(1);
    expect(after.body.responseData.items[0].counts).toBe(1);
  });
});

describe('addresses', () => {
  it('when a shopper adds, edits and deletes addresses, then each answer is the full list; another shopper cannot touch them', async () => {
    await createCustomer(harness.models, 'addr@example.com');
    await createCustomer(harness.models, 'other@example.com');
    const agent = await loginAgent(shop, 'addr@example.com');
    const other = await loginAgent(shop, 'other@example.com');
    const added = await agent
      .post('/user/address')
      .send({ ...NEPAL_ADDRESS, extra: 'ignored' })
      .expect(200);
    const address = added.body.responseData[0];
    expect(address).toMatchObject({ city: 'Kathmandu', country: 'Nepal' });
    expect(address.extra).toBeUndefined();
    const edited = await agent
      .put('/user/address')
      .send({ ...address, city: 'Pokhara' })
      .expect(200);
    expect(edited.body.responseData[0].city).toBe('Pokhara');
    await other
      .put('/user/address')
      .send({ ...address, city: 'Stolen' })
      .expect(404);
    const refused = await other
      .delete('/user/address')
      .send({ addressId: address._id })
      .expect(400);
    expect(refused.body.errorDetails).toBe('Bad Request');
    expect((await agent.get('/user/address').expect(200)).body.responseData).toHaveLength(1);
    const deleted = await agent
      .delete('/user/address')
      .send({ addressId: address._id })
      .expect(200);
    expect(deleted.body.responseData).toEqual([]);
  });

  it('when an address is invalid or the country is not served, then 400 with a readable message', async () => {
    await createCustomer(harness.models, 'addr-bad@example.com');
    const agent = await loginAgent(shop, 'addr-bad@example.com');
    const missing = await agent.post('/user/address').send({ firstName: 'A' }).expect(400);
    expect(missing.body.errorDetails).toMatch(/addressLine1/);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    expect(missing.body.fields).toContainEqual({ path: 'addressLine1', code: 'required' });
    const country = await agent
      .post('/user/address')
      .send({ ...NEPAL_ADDRESS, country: 'Atlantis' })
      .expect(400);
    expect(country.body.errorDetails).toMatch(/do not deliver/);
    expect(country.body.code).toBe('UNDELIVERABLE_COUNTRY');
    expect(country.body.fields).toEqual([{ path: 'country', code: 'invalid_value' }]);
  });
});
