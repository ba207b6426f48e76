import { closeRedis, createCache, createRedisClient } from '@aneis/cache';
import { userOrderDetailSchema, userOrderSummarySchema } from '@aneis/contracts';
import { SHOP_CACHE_NAMESPACES } from '@aneis/data';
import type { Types } from 'mongoose';
import { customerWithCheckout, seedProduct } from './support/seed.js';
import { REDIS_URL } from './support/shop-harness.js';
import { useSeededShop } from './support/seeded-shop.js';

const { harness, shop, refs } = useSeededShop();

/** What the management server does after changing a carrier. */
async function bumpReferenceData(): Promise<void> {
  const redis = createRedisClient({ url: REDIS_URL, keyPrefix: harness.prefix });
  await createCache({
    redis,
    namespace: SHOP_CACHE_NAMESPACES.referenceData,
    defaultTtlSeconds: 60,
  }).invalidateNamespace();
  await closeRedis(redis);
}

/** An order of `email` whose only line a manager shipped with `provider`. */
async function shippedOrder(email: string, provider: string) {
  const product = await seedProduct(harness.models, refs);
  const { agent, checkoutId } = await customerWithCheckout(
    shop,
    harness.models,
    email,
    String(product._id),
  );
  await agent
    .post('/orders/completeCheckoutManually')
    .send({ checkoutId, method: 'CASH_ON_DELIVERY' })
    .expect(200);
  const order = await harness.models.Order.findById(checkoutId).lean();
  if (!order) throw new Error('the order was not stored');
  const items = order.cart.items.map((line) => ({
    ...line,
    order_line_level_processing_details: {
      status: 'SHIPPED' as const,
      shipment: {
        provider,
        tracking_number: 'RR 123/PT',
        service: 'Registado',
        paid_postage: { cents: 450, currency: 'USD' },
        auditLog: order.auditLog,
      },
    },
  }));
  await harness.models.Order.updateOne({ _id: checkoutId }, { $set: { 'cart.items': items } });
  const shipment = async () => {
    const details = await agent.get(`/user/orderDetails?orderId=${checkoutId}`).expect(200);
    const list = await agent
      .post('/user/orderList')
      .send({ pagingOptions: { page: 1, limit: 10 } })
      .expect(200);
    const fromDetails = userOrderDetailSchema.parse(details.body.responseData).cart.items[0]
      ?.order_line_level_processing_details?.shipment;
    const fromList = userOrderSummarySchema.parse(list.body.responseData.docs[0]).cart.items[0]
      ?.order_line_level_processing_details?.shipment;
    expect(fromList).toEqual(fromDetails);
    return fromDetails;
  };
  return { shipment };
}

describe('the carrier of a shipped line', () => {
  let ctt: Types.ObjectId;

  beforeAll(async () => {
    ctt = (
      await harness.models.Carrier.create({
        code: 'CTT',
        name: 'CTT Correios de Portugal',
        trackingUrlTemplate: 'https://www.ctt.pt/track?objects={trackingNumber}',
      })
    )._id;
    await harness.models.Carrier.create({ code: 'MYUS', name: 'MyUS' });
  });

  it('when the carrier has a tracking template, then the shopper gets its name and the parcel’s page', async () => {
    const { shipment } = await shippedOrder('ctt@example.com', 'CTT');
    expect(await shipment()).toEqual({
      provider: 'CTT',
      tracking_number: 'RR 123/PT',
      service: 'Registado',
      provider_name: 'CTT Correios de Portugal',
      tracking_url: 'https://www.ctt.pt/track?objects=RR%20123%2FPT',
    });
  });

  it('when the carrier has no template, then only its name is added', async () => {
    const { shipment } = await shippedOrder('myus@example.com', 'MYUS');
    expect(await shipment()).toEqual({
      provider: 'MYUS',
      tracking_number: 'RR 123/PT',
      service: 'Registado',
      provider_name: 'MyUS',
    });
  });

  it('when an old order names a code that is no carrier, then Veniqa’s three fields come back alone', async () => {
    const { shipment } = await shippedOrder('old@example.com', 'DHL');
    expect(await shipment()).toEqual({
      provider: 'DHL',
      tracking_number: 'RR 123/PT',
      service: 'Registado',
    });
  });

  it('when a manager renames or retires a carrier, then the shopper sees the new name after the cache is bumped', async () => {
    const { shipment } = await shippedOrder('renamed@example.com', 'CTT');
    expect((await shipment())?.provider_name).toBe('CTT Correios de Portugal');
    await harness.models.Carrier.updateOne(
      { _id: ctt },
      { $set: { name: 'CTT Expresso', active: false }, $unset: { trackingUrlTemplate: 1 } },
    );
    await bumpReferenceData();
    expect(await shipment()).toEqual({
      provider: 'CTT',
      tracking_number: 'RR 123/PT',
      service: 'Registado',
      provider_name: 'CTT Expresso',
    });
  });
});
