import { userOrderDetailSchema } from '@aneis/contracts';
import { Types } from 'mongoose';
import { customerWithCheckout, seedProduct } from './support/seed.js';
import { useSeededShop } from './support/seeded-shop.js';

const { harness, shop, refs } = useSeededShop();

describe('returned units in the shopper’s order', () => {
  it('when a manager recorded returns of a line, then the shopper’s order names how many came back and reads as partly returned, then returned once every unit is back, and a line with none says nothing', async () => {
    const product = await seedProduct(harness.models, refs);
    const { agent, checkoutId } = await customerWithCheckout(
      shop,
      harness.models,
      'returns-view@example.com',
      String(product._id),
    );
    await agent
      .post('/orders/completeCheckoutManually')
      .send({ checkoutId, method: 'CASH_ON_DELIVERY' })
      .expect(200);
    const read = async () => {
      const res = await agent.get(`/user/orderDetails?orderId=${checkoutId}`).expect(200);
      return userOrderDetailSchema.parse(res.body.responseData);
    };
    const listed = async () => {
      const res = await agent
        .post('/user/orderList')
        .send({ pagingOptions: { page: 1, limit: 10 } })
        .expect(200);
      const rows = res.body.responseData.docs as { _id: string; return_status?: string }[];
      return rows.find((row) => row._id === checkoutId);
    };
    expect((await read()).cart.items[0]?.returned).toBeUndefined();
    expect((await read()).return_status).toBeUndefined();
    expect(await listed()).not.toHaveProperty('return_status');

    const order = await harness.models.Order.findById(checkoutId).lean();
    const lineId = order?.cart.items[0]?._id;
    if (!order || !lineId) throw new Error('the order has no line');
    // Three units of the ring were bought and delivered, so three may come back.
    const items = order.cart.items.map((line) => ({ ...line, counts: 3 }));
    const returned = (quantity: number) => ({
      _id: new Types.ObjectId(),
      lineId,
      quantity,
      reason: 'Tamanho',
      createdBy: { email: 'ops@example.com', name: 'Ops' },
      createdOn: new Date(),
    });
    await harness.models.Order.updateOne(
      { _id: checkoutId },
      { $set: { 'cart.items': items, returns: [returned(1)] } },
    );
    // Veniqa's status stays (its clients file the order under Completed); beside it, what came back.
    const partly = await read();
    expect([partly.overall_status, partly.return_status]).toEqual([
      order.overall_status,
      'PARTIALLY_RETURNED',
    ]);
    expect((await listed())?.return_status).toBe('PARTIALLY_RETURNED');
    // As the management server writes them: one entry per return, other lines' entries apart.
    await harness.models.Order.updateOne(
      { _id: checkoutId },
      {
        $set: {
          'cart.items': items,
          returns: [returned(1), returned(2), { ...returned(5), lineId: new Types.ObjectId() }],
        },
      },
    );
    const whole = await read();
    expect(whole.cart.items[0]?.returned).toBe(3);
    expect(whole.return_status).toBe('RETURNED');
    expect((await listed())?.return_status).toBe('RETURNED');
  });
});
