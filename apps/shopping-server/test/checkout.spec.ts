import { readOutbox } from '@aneis/mail';
import {
  seedProduct,
  customerWithCheckout,
  createCustomer,
  loginAgent,
  NEPAL_ADDRESS,
} from './support/seed.js';
import { useSeededShop } from './support/seeded-shop.js';

const { harness, shop, refs } = useSeededShop();

describe('checkout and orders', () => {
  it('when the shop charges Veniqa’s tariffs and service charge and a shopper checks out the worked example, then the checkout carries its amounts to the cent', async () => {
    const veniqaShop = await harness.start({ env: { VENIQA_TARIFFS_AND_SERVICE_CHARGE: 'true' } });
    const product = await seedProduct(harness.models, refs, { name: 'Worked Example' });
    const { checkout } = await customerWithCheckout(
      veniqaShop,
      harness.models,
      'worked@example.com',
      String(product._id),
      2,
    );
    const cart = checkout.responseData.cart;
    expect(cart.subTotalPrice).toEqual({ amount: 55.98, currency: 'USD' });
    expect(cart.tariffPrice).toEqual({ amount: 11.2, currency: 'USD' });
    expect(cart.serviceCharge).toEqual({ amount: 2.8, currency: 'USD' });
    expect(cart.shippingPrice).toEqual({ amount: 15, currency: 'USD' });
    expect(cart.totalPrice).toEqual({ amount: 84.98, currency: 'USD' });
    expect(checkout.responseData.payment_info[0].amount_in_payment_currency).toEqual({
      amount: 9706.42,
      currency: 'NPR',
    });
  });

  it('when the checkout is completed manually, then one order exists with the checkout id, the cart is emptied and an e-mail is sent', async () => {
    const product = await seedProduct(harness.models, refs, { stock: 3 });
    const { agent, checkoutId } = await customerWithCheckout(
      shop,
      harness.models,
      'manual@example.com',
      String(product._id),
      2,
    );
    const valid = await agent.get(`/orders/isCheckoutValid?checkoutId=${checkoutId}`).expect(200);
    expect(valid.body.responseData).toBe(true);
    const first = await agent
      .post('/orders/completeCheckoutManually')
      .send({ checkoutId, method: 'CASH_ON_DELIVERY' })
      .expect(200);
    expect(first.body.responseData).toEqual({ order_id: checkoutId });
    const again = await agent
      .post('/orders/completeCheckoutManually')
      .send({ checkoutId, method: 'CASH_ON_DELIVERY' })
      .expect(200);
    expect(again.body.responseData).toEqual({ order_id: checkoutId });
    expect(await harness.models.Order.countDocuments({ _id: checkoutId })).toBe(1);
    expect((await harness.models.Product.findById(product._id).lean())?.stock).toBe(1);
    const cart = await agent.get('/shopping/getCart').expect(200);
    expect(cart.body.responseData.items).toEqual([]);
    const list = await agent
      .post('/user/orderList')
      .send({ pagingOptions: { page: 1, limit: 10 } })
      .expect(200);
    expect(list.body.responseData.total).toBe(1);
    expect(list.body.responseData.docs[0]._id).toBe(checkoutId);
    expect(list.body.responseData.docs[0].orderNumber).toMatch(/^AN-\d{4}-\d{6}$/);
    const details = await agent.get(`/user/orderDetails?orderId=${checkoutId}`).expect(200);
    expect(details.body.responseData.payment_info[0].source).toBe('CASH_ON_DELIVERY');
    expect(details.body.responseData.orderNumber).toBe(list.body.responseData.docs[0].orderNumber);
    expect(list.body.responseData.docs[0].cart.totalPrice).toEqual(
      details.body.responseData.cart.totalPrice,
    );

    // Once a manager ships the line, the shopper sees the carrier and tracking number (not costs).
    const order = await harness.models.Order.findById(checkoutId).lean();
    if (!order) throw new Error('the order was not stored');
    const items = order.cart.items.map((line) => ({
      ...line,
      order_line_level_processing_details: {
        status: 'SHIPPED' as const,
        shipment: {
          provider: 'DHL' as const,
          tracking_number: 'JD0001234',
          service: 'Express',
          paid_postage: { amount: 900, currency: 'EUR' },
          auditLog: order.auditLog,
        },
      },
    }));
    await harness.models.Order.updateOne({ _id: checkoutId }, { $set: { 'cart.items': items } });
    const shipped = await agent.get(`/user/orderDetails?orderId=${checkoutId}`).expect(200);
    expect(shipped.body.responseData.cart.items[0].order_line_level_processing_details).toEqual({
      status: 'SHIPPED',
      shipment: { provider: 'DHL', tracking_number: 'JD0001234', service: 'Express' },
    });
    await shop.mail.settled();
    const mails = await readOutbox(harness.outboxDir, {
      to: 'manual@example.com',
      template: 'order_received',
    });
    expect(mails).toHaveLength(1);
  });

  it('when a checkout is paid on delivery or by bank transfer, then the order awaits payment and the shopper sees so', async () => {
    for (const method of ['CASH_ON_DELIVERY', 'BANK_TRANSFER'] as const) {
      const product = await seedProduct(harness.models, refs, { stock: 3 });
      const { agent, checkout, checkoutId } = await customerWithCheckout(
        shop,
        harness.models,
        `await-${method.toLowerCase()}@example.com`,
        String(product._id),
      );
      // A checkout is never paid: nothing was taken yet.
      expect(checkout.responseData.payment_status).toBe('AWAITING_PAYMENT');
      await agent.post('/orders/completeCheckoutManually').send({ checkoutId, method }).expect(200);
      expect((await harness.models.Order.findById(checkoutId).lean())?.payment_status).toBe(
        'AWAITING_PAYMENT',
      );
      const list = await agent
        .post('/user/orderList')
        .send({ pagingOptions: { page: 1, limit: 10 } })
        .expect(200);
      expect(list.body.responseData.docs[0].payment_status).toBe('AWAITING_PAYMENT');
      const details = await agent.get(`/user/orderDetails?orderId=${checkoutId}`).expect(200);
      expect(details.body.responseData.payment_status).toBe('AWAITING_PAYMENT');
    }
  });

  it('when an order was stored before payment states existed, then the shopper sees the state its payment implies', async () => {
    const product = await seedProduct(harness.models, refs, { stock: 3 });
    const { agent, checkoutId } = await customerWithCheckout(
      shop,
      harness.models,
      'legacy-state@example.com',
      String(product._id),
    );
    await agent
      .post('/orders/completeCheckoutManually')
      .send({ checkoutId, method: 'BANK_TRANSFER' })
      .expect(200);
    // As Veniqa's data has it: no state, a sale entry (a transfer settled long ago).
    const order = await harness.models.Order.findById(checkoutId).lean();
    const settled = order?.payment_info.map((p) => ({ ...p, type: 'SALE' as const }));
    await harness.models.Order.collection.updateOne(
      { _id: order?._id },
      { $unset: { payment_status: '' }, $set: { payment_info: settled } },
    );
    const details = await agent.get(`/user/orderDetails?orderId=${checkoutId}`).expect(200);
    expect(details.body.responseData.payment_status).toBe('PAID');
  });

  it('when the price changes after checkout, then the checkout is invalid and completing it answers Veniqa’s 400', async () => {
    const product = await seedProduct(harness.models, refs);
    const { agent, checkoutId } = await customerWithCheckout(
      shop,
      harness.models,
      'stale@example.com',
      String(product._id),
    );
    await harness.models.Product.updateOne({ _id: product._id }, { $set: { 'price.cents': 3000 } });
    const valid = await agent.get(`/orders/isCheckoutValid?checkoutId=${checkoutId}`).expect(200);
    expect(valid.body.responseData).toBe(false);
    const res = await agent
      .post('/orders/completeCheckoutManually')
      .send({ checkoutId, method: 'BANK_TRANSFER' })
      .expect(400);
    expect(res.body.errorDetails).toBe(
      'something crucial about one of the items in the cart has changed. try again',
    );
  });

  it('when another shopper tries someone else’s checkout, then it answers 406 and no order is placed', async () => {
    const product = await seedProduct(harness.models, refs);
    const { checkoutId } = await customerWithCheckout(
      shop,
      harness.models,
      'owner@example.com',
      String(product._id),
    );
    await createCustomer(harness.models, 'thief@example.com');
    const thief = await loginAgent(shop, 'thief@example.com');
    const res = await thief
      .post('/orders/completeCheckoutManually')
      .send({ checkoutId, method: 'BANK_TRANSFER' })
      .expect(406);
    expect(res.body.errorDetails).toMatch(/does not belong to you/);
    await thief.get(`/orders/isCheckoutValid?checkoutId=${checkoutId}`).expect(406);
    await thief.get(`/user/orderDetails?orderId=${checkoutId}`).expect(404);
    expect(await harness.models.Order.exists({ _id: checkoutId })).toBeNull();
  });

  it('when the e-mail is unconfirmed, then checkout is refused by the server', async () => {
    const product = await seedProduct(harness.models, refs);
    await createCustomer(harness.models, 'unconfirmed@example.com', { confirmed: false });
    const agent = await loginAgent(shop, 'unconfirmed@example.com');
    await agent
      .post('/shopping/addToCart')
      .send([{ product: String(product._id) }])
      .expect(200);
    const addresses = await agent.post('/user/address').send(NEPAL_ADDRESS).expect(200);
    const res = await agent
      .post('/orders/createCheckout')
      .send({ addressId: addresses.body.responseData[0]._id, shippingMethod: 'standard' })
      .expect(403);
    expect(res.body.errorDetails).toMatch(/confirm your e-mail/);
  });

  it('when checkout input is missing or wrong, then the answers are Veniqa’s readable 400s', async () => {
    await createCustomer(harness.models, 'bad-input@example.com');
    const agent = await loginAgent(shop, 'bad-input@example.com');
    const missing = await agent.post('/orders/createCheckout').send({}).expect(400);
    expect(missing.body.errorDetails).toBe('Invalid address id or shipping preference');
    const unknown = await agent
      .post('/orders/createCheckout')
      .send({ addressId: '0123456789abcdef01234567', shippingMethod: 'standard' })
      .expect(400);
    expect(unknown.body.errorDetails).toBe('Invalid address id or shipping preference');
    const noId = await agent.get('/orders/isCheckoutValid').expect(400);
    expect(noId.body.errorDetails).toBe('Missing checkout id');
    const noToken = await agent.post('/orders/completeCheckoutUsingKhalti').send({}).expect(400);
    expect(noToken.body.errorDetails).toBe('Missing checkout id or payment token');
    const badId = await agent.get('/orders/isCheckoutValid?checkoutId=nope').expect(400);
    expect(badId.body.status).toBe('failed');
  });

  it('when a retired payment route is called, then it answers 410 naming the supported flows', async () => {
    await createCustomer(harness.models, 'retired@example.com');
    const agent = await loginAgent(shop, 'retired@example.com');
    for (const path of [
      '/orders/completeCheckoutUsingCard',
      '/orders/createPaymentToken',
      '/orders/completeCheckout',
    ]) {
      const res = await agent.post(path).send({}).expect(410);
      expect(res.body.errorDetails).toMatch(/completeCheckoutManually/);
    }
  });
});

describe('stock under concurrency', () => {
  it('when 50 shoppers complete checkouts at once for a product with stock 5, then exactly 5 orders are placed, stock is 0 and 45 get a clear 409', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Rare Ring', stock: 5 });
    const shoppers = [];
    for (let i = 0; i < 50; i += 1) {
      shoppers.push(
        await customerWithCheckout(
          shop,
          harness.models,
          `race${i}@example.com`,
          String(product._id),
        ),
      );
    }
    const results = await Promise.all(
      shoppers.map(({ agent, checkoutId }) =>
        agent
          .post('/orders/completeCheckoutManually')
          .send({ checkoutId, method: 'CASH_ON_DELIVERY' }),
      ),
    );
    const statuses = results.map((res) => res.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    const refused = results.filter((res) => res.status === 409);
    expect(refused).toHaveLength(45);
    for (const res of refused) expect(res.body.errorDetails).toBe('"Rare Ring" is sold out');
    expect((await harness.models.Product.findById(product._id).lean())?.stock).toBe(0);
    expect(
      await harness.models.Order.countDocuments({ 'cart.items.product._id': product._id }),
    ).toBe(5);
  }, 120_000);

  it('when 15 shoppers place orders at once, then each order gets its own human number of this year', async () => {
    const product = await seedProduct(harness.models, refs, { name: 'Common Ring', stock: 100 });
    const shoppers = [];
    for (let i = 0; i < 15; i += 1) {
      shoppers.push(
        await customerWithCheckout(
          shop,
          harness.models,
          `numbered${i}@example.com`,
          String(product._id),
        ),
      );
    }
    const results = await Promise.all(
      shoppers.map(({ agent, checkoutId }) =>
        agent
          .post('/orders/completeCheckoutManually')
          .send({ checkoutId, method: 'CASH_ON_DELIVERY' }),
      ),
    );
    expect(results.map((res) => res.status)).toEqual(Array<number>(15).fill(200));
    const orders = await harness.models.Order.find({ 'cart.items.product._id': product._id })
      .select({ orderNumber: 1 })
      .lean();
    const numbers = orders.map((order) => order.orderNumber);
    expect(numbers).toHaveLength(15);
    expect(new Set(numbers).size).toBe(15);
    const year = new Date().getUTCFullYear();
    for (const number of numbers) expect(number).toMatch(new RegExp(`^AN-${year}-\\d{6}$`));
  }, 120_000);
});
