import {
  adminOrderDetailSchema,
  adminOrderSummarySchema,
  commentSchema,
  paginated,
} from '@aneis/contracts';
import { backfillOrderNumbers } from '@aneis/data';
import { z } from 'zod';
import { present } from '@aneis/testing';
import { transitionMessages } from '../src/orders/state-machine.js';
import {
  deliveredLine,
  insertOrder,
  insertProduct,
  seedCarriers,
  seedCatalogBasics,
  type CatalogFixture,
} from './support/fixtures.js';
import { useTestServer } from './support/use-test-server.js';

const server = useTestServer();
let fixture: CatalogFixture;
let productId: string;
let cookie: string;
let otherCookie: string;

beforeAll(async () => {
  fixture = await seedCatalogBasics(server);
  productId = await insertProduct(server, fixture, { stock: 5 });
  await seedCarriers(server);
  const admin = await server.createAdmin(['ORDER_MANAGE'], {
    email: 'ops@example.com',
    name: 'Ops',
  });
  cookie = await server.sessionFor(admin.id);
  otherCookie = await server.cookieFor(['ORDER_MANAGE'], { email: 'other@example.com' });
});

async function act(
  path: string,
  body: object,
  method: 'post' | 'put' | 'delete' = 'post',
  as = cookie,
) {
  return server.http[method](`/orders/${path}`).set('Cookie', as).send(body);
}

function detail(res: { body: { responseData: unknown } }) {
  return adminOrderDetailSchema.parse(res.body.responseData);
}

async function twoLineOrder() {
  return insertOrder(server, fixture, {
    lines: [
      { productId, counts: 2, reservedStock: 2 },
      { productId, counts: 1, reservedStock: 1 },
    ],
    userEmail: 'buyer@example.com',
  });
}

const line = (orderId: string, cartItemId: string) => ({ orderId, cartItemId });
const fulfil = { store: 'ALIANCAS LDA', orderNumber: '875884983', totalCostPriceOfItemUSD: '25' };
const ship = {
  provider: 'DHL',
  trackingNumber: 'TRK1',
  service: 'Next day',
  paidPostageInUSD: '15',
};

describe('the happy path', () => {
  it('when an order is confirmed, fulfilled, shipped and delivered line by line, then it completes', async () => {
    const { orderId, lineIds } = await twoLineOrder();
    const [a, b] = lineIds as [string, string];

    const confirmed = detail(await act('confirmOrder', { orderId }));
    expect(confirmed.overall_status).toBe('CONFIRMED');
    expect(confirmed.cart.items.map((i) => i.order_line_level_processing_details?.status)).toEqual([
      'PROCESSING',
      'PROCESSING',
    ]);
    expect(confirmed.auditLog.updatedBy).toEqual({ email: 'ops@example.com', name: 'Ops' });

    const fulfilling = detail(
      await act('markItemAsFulfilling', { ...line(orderId, a), ...fulfil }),
    );
    expect(fulfilling.overall_status).toBe('IN-PROGRESS');
    expect(fulfilling.cart.items[0]?.order_line_level_processing_details).toMatchObject({
      status: 'FULFILLING',
      fulfillment_order_details: {
        store: 'ALIANCAS LDA',
        order_number: '875884983',
        total_cost_price_of_item: { amount: 25, currency: 'EUR' },
      },
    });

    const shipped = detail(await act('markItemAsShipped', { ...line(orderId, a), ...ship }));
    expect(shipped.cart.items[0]?.order_line_level_processing_details?.shipment).toMatchObject({
      provider: 'DHL',
      tracking_number: 'TRK1',
      paid_postage: { amount: 15, currency: 'EUR' },
    });
    expect(shipped.overall_status).toBe('IN-PROGRESS');

    const delivered = detail(
      await act('markItemAsDelivered', { ...line(orderId, a), deliveryDate: '2026-11-25' }),
    );
    expect(delivered.overall_status).toBe('IN-PROGRESS');
    expect(
      delivered.cart.items[0]?.order_line_level_processing_details?.delivery?.delivery_date,
    ).toBe('2026-11-25T00:00:00.000Z');

    expect((await act('markItemAsFulfilling', { ...line(orderId, b), ...fulfil })).status).toBe(
      200,
    );
    expect((await act('markItemAsShipped', { ...line(orderId, b), ...ship })).status).toBe(200);
    const completed = detail(
      await act('markItemAsDelivered', { ...line(orderId, b), deliveryDate: '2026-11-26' }),
    );
    expect(completed.overall_status).toBe('COMPLETED');

    const mails = await server.outbox({
      to: 'buyer@example.com',
      template: 'order_status_changed',
    });
    expect(mails.map((m) => m.data['event'])).toEqual([
      'confirmed',
      'shipped',
      'delivered',
      'shipped',
      'delivered',
    ]);
    // The shopper reads the carrier's name and gets its tracking page, not just "DHL".
    expect(mails[1]?.data['item']).toMatchObject({
      provider: 'DHL',
      provider_name: 'DHL Express',
      tracking_number: 'TRK1',
      tracking_url: 'https://www.dhl.com/pt-pt/home/tracking.html?tracking-id=TRK1',
    });

    const audit = await server.services.auditEntries
      .find({ entityId: orderId })
      .sort({ at: 1 })
      .lean();
    expect(audit.map((e) => e.action)).toEqual([
      'confirmOrder',
      'markItemAsFulfilling',
      'markItemAsShipped',
      'markItemAsDelivered',
      'markItemAsFulfilling',
      'markItemAsShipped',
      'markItemAsDelivered',
    ]);
    expect(audit[0]).toMatchObject({
      before: { overall_status: 'RECEIVED' },
      after: { overall_status: 'CONFIRMED' },
    });
  });

  it('when a shop that makes its own rings prepares a line, then the store alone is enough and no resell field is invented', async () => {
    const { orderId, lineIds } = await insertOrder(server, fixture, {
      lines: [{ productId, counts: 1, reservedStock: 1 }],
      userEmail: 'maker@example.com',
    });
    const target = line(orderId, present(lineIds[0], 'the first line'));
    expect((await act('confirmOrder', { orderId })).status).toBe(200);

    // The form leaves the resell fields blank: they arrive empty, or not at all.
    const fulfilling = detail(
      await act('markItemAsFulfilling', {
        ...target,
        store: 'Oficina própria',
        orderNumber: '',
        totalCostPriceOfItemUSD: '',
      }),
    );
    const made = fulfilling.cart.items[0]?.order_line_level_processing_details;
    expect(made?.status).toBe('FULFILLING');
    expect(made?.fulfillment_order_details).toMatchObject({ store: 'Oficina própria' });
    expect(made?.fulfillment_order_details).not.toHaveProperty('order_number');
    expect(made?.fulfillment_order_details).not.toHaveProperty('total_cost_price_of_item');
    const stored = await server.services.shop.Order.findById(orderId).lean();
    const storedDetails = stored?.cart.items[0]?.order_line_level_processing_details;
    expect(storedDetails?.fulfillment_order_details).not.toHaveProperty('order_number');

    expect((await act('markItemAsShipped', { ...target, ...ship })).status).toBe(200);
    // What the workshop spent can still be noted later.
    const costed = detail(
      await act(
        'updateOrderFulfillmentDetails',
        { ...target, totalCostPriceOfItemUSD: '8' },
        'put',
      ),
    );
    expect(
      costed.cart.items[0]?.order_line_level_processing_details?.fulfillment_order_details,
    ).toMatchObject({ store: 'Oficina própria', total_cost_price_of_item: { amount: 8 } });
    expect((await act('markItemAsFulfilling', { ...target, orderNumber: 'PO-1' })).status).toBe(
      400,
    );
  });

  it('when a received order is cancelled, then its reserved stock comes back once and the shopper is told', async () => {
    await server.services.shop.Product.updateOne({ _id: productId }, { $set: { stock: 5 } });
    const { orderId } = await twoLineOrder();
    const res = await act('cancelOrder', { orderId });
    expect(detail(res).overall_status).toBe('CANCELLED');
    expect((await server.services.shop.Product.findById(productId).lean())?.stock).toBe(8);
    const again = await act('cancelOrder', { orderId });
    expect(again.status).toBe(405);
    expect((await server.services.shop.Product.findById(productId).lean())?.stock).toBe(8);
    const mails = await server.outbox({
      to: 'buyer@example.com',
      template: 'order_status_changed',
    });
    expect(mails.at(-1)?.data).toMatchObject({
      order_id: orderId,
      event: 'cancelled',
      overall_status: 'CANCELLED',
      order_url: `http://shop.test/shopping/orders/${orderId}`,
    });
  });
});

describe("refused transitions (405 with Veniqa's message)", () => {
  const statuses = ['CONFIRMED', 'IN-PROGRESS', 'COMPLETED', 'CANCELLED'] as const;

  it.each(statuses)('when a %s order is confirmed, then 405', async (status) => {
    const { orderId } = await insertOrder(server, fixture, { status, lines: [{ productId }] });
    const confirm = await act('confirmOrder', { orderId });
    expect(confirm.status).toBe(405);
    expect(confirm.body.errorDetails).toBe(transitionMessages.confirm);
  });

  it.each(['COMPLETED', 'CANCELLED'] as const)(
    'when a %s order is cancelled, then 405 ORDER_NOT_CANCELLABLE',
    async (status) => {
      const { orderId } = await insertOrder(server, fixture, { status, lines: [{ productId }] });
      const cancel = await act('cancelOrder', { orderId });
      expect(cancel.status).toBe(405);
      expect(cancel.body).toMatchObject({
        code: 'ORDER_NOT_CANCELLABLE',
        errorDetails: transitionMessages.cancel,
      });
    },
  );

  it.each(['RECEIVED', 'COMPLETED', 'CANCELLED'] as const)(
    'when line work is asked of a %s order, then 405 for each action',
    async (status) => {
      const { orderId, lineIds } = await insertOrder(server, fixture, {
        status,
        lines: [{ productId }],
        lineStatuses: ['PROCESSING'],
      });
      const target = line(orderId, present(lineIds[0], 'the first line'));
      expect((await act('markItemAsFulfilling', { ...target, ...fulfil })).body.errorDetails).toBe(
        transitionMessages.fulfilOrder,
      );
      expect((await act('markItemAsShipped', { ...target, ...ship })).body.errorDetails).toBe(
        transitionMessages.shipOrder,
      );
      const deliver = await act('markItemAsDelivered', { ...target, deliveryDate: '2026-11-25' });
      expect(deliver.status).toBe(405);
      expect(deliver.body.errorDetails).toBe(transitionMessages.deliverOrder);
    },
  );

  it.each([
    ['markItemAsFulfilling', 'FULFILLING', fulfil, transitionMessages.fulfilLine],
    ['markItemAsShipped', 'PROCESSING', ship, transitionMessages.shipLine],
    ['markItemAsShipped', 'SHIPPED', ship, transitionMessages.shipLine],
    [
      'markItemAsDelivered',
      'FULFILLING',
      { deliveryDate: '2026-11-25' },
      transitionMessages.deliverLine,
    ],
    [
      'markItemAsDelivered',
      'DELIVERED',
      { deliveryDate: '2026-11-25' },
      transitionMessages.deliverLine,
    ],
  ] as const)('when %s meets a %s line, then 405', async (action, lineStatus, extra, message) => {
    const { orderId, lineIds } = await insertOrder(server, fixture, {
      status: 'IN-PROGRESS',
      lines: [{ productId }],
      lineStatuses: [lineStatus],
    });
    const res = await act(action, {
      ...line(orderId, present(lineIds[0], 'the first line')),
      ...extra,
    });
    expect(res.status).toBe(405);
    expect(res.body.errorDetails).toBe(message);
  });

  it('when the order or the line does not exist, then 404; a malformed id is a 400', async () => {
    const { orderId } = await insertOrder(server, fixture, {
      status: 'CONFIRMED',
      lines: [{ productId }],
      lineStatuses: ['PROCESSING'],
    });
    expect((await act('confirmOrder', { orderId: '5c46f5b0e7d0a3a1b4c2d001' })).status).toBe(404);
    const noLine = await act('markItemAsFulfilling', {
      ...line(orderId, '5c46f5b0e7d0a3a1b4c2d001'),
      ...fulfil,
    });
    expect(noLine.status).toBe(404);
    const malformed = await act('confirmOrder', { orderId: 'abc' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errorDetails).toMatch(/orderId/);
  });

  it('when a provider is no carrier or a retired one, then 400 names it and the line stays unshipped', async () => {
    const { orderId, lineIds } = await insertOrder(server, fixture, {
      status: 'IN-PROGRESS',
      lines: [{ productId }],
      lineStatuses: ['FULFILLING'],
    });
    const target = line(orderId, present(lineIds[0], 'the first line'));
    const unknown = await act('markItemAsShipped', { ...target, ...ship, provider: 'PIGEON' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errorDetails).toBe(
      'provider PIGEON is not an active carrier (active carriers: CTT, DHL, UPS, FEDEX, USPS, MYUS, AMAZON)',
    );

    await server.services.shop.Carrier.updateOne({ code: 'USPS' }, { $set: { active: false } });
    const retired = await act('markItemAsShipped', { ...target, ...ship, provider: 'usps' });
    expect(retired.status).toBe(400);
    expect(retired.body.errorDetails).toMatch(/^provider usps is not an active carrier/);
    const stored = await server.services.shop.Order.findById(orderId).lean();
    expect(stored?.cart.items[0]?.order_line_level_processing_details?.status).toBe('FULFILLING');
    await server.services.shop.Carrier.updateOne({ code: 'USPS' }, { $set: { active: true } });
  });

  it('when a carrier the shop added is named in any case, then the line ships with its code', async () => {
    await server.services.shop.Carrier.create({ code: 'NACEX', name: 'Nacex' });
    const { orderId, lineIds } = await insertOrder(server, fixture, {
      status: 'IN-PROGRESS',
      lines: [{ productId }],
      lineStatuses: ['FULFILLING'],
    });
    const res = await act('markItemAsShipped', {
      ...line(orderId, present(lineIds[0], 'the first line')),
      ...ship,
      provider: ' nacex ',
    });
    expect(res.status).toBe(200);
    expect(detail(res).cart.items[0]?.order_line_level_processing_details?.shipment?.provider).toBe(
      'NACEX',
    );
  });
});

describe('editing details', () => {
  it('when details of a delivered line are edited, then only the sent fields change', async () => {
    const { orderId, lineIds } = await insertOrder(server, fixture, {
      status: 'COMPLETED',
      lines: [{ productId }],
      lineProcessing: [deliveredLine()],
    });
    const target = line(orderId, present(lineIds[0], 'the first line'));
    const f = detail(
      await act(
        'updateOrderFulfillmentDetails',
        { ...target, orderNumber: 'PO-9', store: '' },
        'put',
      ),
    );
    expect(
      f.cart.items[0]?.order_line_level_processing_details?.fulfillment_order_details,
    ).toMatchObject({
      store: 'ALIANCAS LDA',
      order_number: 'PO-9',
      auditLog: { updatedBy: { email: 'ops@example.com' } },
    });
    const s = detail(
      await act('updateShipmentDetails', { ...target, paidPostageInUSD: '12.5' }, 'put'),
    );
    expect(s.cart.items[0]?.order_line_level_processing_details?.shipment?.paid_postage).toEqual({
      amount: 12.5,
      currency: 'EUR',
    });
    const d = detail(
      await act('updateDeliveryDetails', { ...target, deliveryDate: '2026-12-01' }, 'put'),
    );
    expect(d.cart.items[0]?.order_line_level_processing_details?.delivery?.delivery_date).toBe(
      '2026-12-01T00:00:00.000Z',
    );
  });

  it('when a shipment recorded with a carrier no longer offered is edited, then only a change of carrier is checked', async () => {
    const shipped = deliveredLine();
    shipped.shipment = { ...shipped.shipment, provider: 'OLDPOST' };
    const { orderId, lineIds } = await insertOrder(server, fixture, {
      status: 'COMPLETED',
      lines: [{ productId }],
      lineProcessing: [shipped],
    });
    const target = line(orderId, present(lineIds[0], 'the first line'));
    const shipmentOf = (res: { body: { responseData: unknown } }) =>
      detail(res).cart.items[0]?.order_line_level_processing_details?.shipment;

    const kept = await act(
      'updateShipmentDetails',
      { ...target, provider: 'OLDPOST', trackingNumber: 'T-9' },
      'put',
    );
    expect(shipmentOf(kept)).toMatchObject({ provider: 'OLDPOST', tracking_number: 'T-9' });
    const unknown = await act('updateShipmentDetails', { ...target, provider: 'PIGEON' }, 'put');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errorDetails).toMatch(/^provider PIGEON is not an active carrier/);
    const changed = await act('updateShipmentDetails', { ...target, provider: 'ctt' }, 'put');
    expect(shipmentOf(changed)).toMatchObject({ provider: 'CTT', tracking_number: 'T-9' });
  });

  it.each(['updateOrderFulfillmentDetails', 'updateShipmentDetails', 'updateDeliveryDetails'])(
    "when %s gets nothing to change, then Veniqa's 400",
    async (action) => {
      const res = await act(
        action,
        line('5c46f5b0e7d0a3a1b4c2d001', '5c46f5b0e7d0a3a1b4c2d002'),
        'put',
      );
      expect(res.status).toBe(400);
      expect(res.body.errorDetails).toBe('Nothing has been sent for update');
    },
  );

  it('when the order is not in progress yet or the line has no node, then 405', async () => {
    const confirmed = await insertOrder(server, fixture, {
      status: 'CONFIRMED',
      lines: [{ productId }],
      lineStatuses: ['PROCESSING'],
    });
    const early = await act(
      'updateShipmentDetails',
      { ...line(confirmed.orderId, present(confirmed.lineIds[0], 'the first line')), service: 'X' },
      'put',
    );
    expect(early.status).toBe(405);
    expect(early.body.errorDetails).toBe(transitionMessages.updateShipmentOrder);
    const working = await insertOrder(server, fixture, {
      status: 'IN-PROGRESS',
      lines: [{ productId }],
      lineStatuses: ['FULFILLING'],
    });
    const noNode = await act(
      'updateDeliveryDetails',
      {
        ...line(working.orderId, present(working.lineIds[0], 'the first line')),
        deliveryDate: '2026-12-01',
      },
      'put',
    );
    expect(noNode.status).toBe(405);
    expect(noNode.body.errorDetails).toBe(transitionMessages.updateDeliveryLine);
  });
});

describe('comments', () => {
  it('when an admin comments, edits and deletes, then only the author may change a comment', async () => {
    const { orderId } = await insertOrder(server, fixture, { lines: [{ productId }] });
    const added = await act('addComment', { orderId, comment: 'Called the customer.' });
    const comments = z.array(commentSchema).parse(added.body.responseData);
    expect(comments).toHaveLength(1);
    const commentId = present(comments[0], 'the comment')._id;

    const foreign = await act(
      'editComment',
      { orderId, commentId, comment: 'Hijack' },
      'put',
      otherCookie,
    );
    expect(foreign.status).toBe(403);
    expect(foreign.body.errorDetails).toBe('Forbidden');
    const edited = await act(
      'editComment',
      { orderId, commentId, comment: 'Left a message.' },
      'put',
    );
    expect(edited.body.responseData[0].content).toBe('Left a message.');
    expect((await act('deleteComment', { orderId, commentId }, 'delete', otherCookie)).status).toBe(
      403,
    );
    const deleted = await act('deleteComment', { orderId, commentId }, 'delete');
    expect(deleted.body.responseData).toEqual([]);
    expect((await act('deleteComment', { orderId, commentId }, 'delete')).status).toBe(404);
  });
});

describe('comments changed by two admins at once', () => {
  /**
   * Runs `meanwhile` right after the next read of an order, before the request that read it
   * writes: the moment two admins' requests interleave on a busy desk.
   */
  function afterNextOrderRead(meanwhile: () => Promise<unknown>): void {
    const { Order } = server.services.shop;
    const read = Order.findById.bind(Order);
    vi.spyOn(Order, 'findById').mockImplementationOnce(((...args: Parameters<typeof read>) => {
      const query = read(...args);
      const exec = query.exec.bind(query);
      query.exec = (async () => {
        const found = await exec();
        await meanwhile();
        return found;
      }) as typeof query.exec;
      return query;
    }) as typeof Order.findById);
  }

  async function commentsOf(orderId: string) {
    const order = await server.services.shop.Order.findById(orderId).lean();
    return (order?.comments ?? []).map((comment) => comment.content);
  }

  async function orderWithComments() {
    const { orderId } = await insertOrder(server, fixture, { lines: [{ productId }] });
    const mine = await act('addComment', { orderId, comment: 'Mine' });
    const theirs = await act('addComment', { orderId, comment: 'Theirs' }, 'post', otherCookie);
    const ids = z
      .array(commentSchema)
      .parse(theirs.body.responseData)
      .map((c) => c._id);
    expect(mine.status).toBe(200);
    return {
      orderId,
      mineId: present(ids[0], 'my comment'),
      theirsId: present(ids[1], 'their comment'),
    };
  }

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('when another admin edits their comment while I edit mine, then both edits are kept', async () => {
    const { orderId, mineId, theirsId } = await orderWithComments();
    afterNextOrderRead(() =>
      act(
        'editComment',
        { orderId, commentId: theirsId, comment: 'Theirs, edited' },
        'put',
        otherCookie,
      ),
    );
    const edited = await act(
      'editComment',
      { orderId, commentId: mineId, comment: 'Mine, edited' },
      'put',
    );
    expect(edited.status).toBe(200);
    expect(edited.body.responseData.map((c: { content: string }) => c.content)).toEqual([
      'Mine, edited',
      'Theirs, edited',
    ]);
    expect(await commentsOf(orderId)).toEqual(['Mine, edited', 'Theirs, edited']);
  });

  it('when another admin adds a comment while I edit or delete mine, then theirs is kept and mine changes', async () => {
    const { orderId, mineId } = await orderWithComments();
    afterNextOrderRead(() => act('addComment', { orderId, comment: 'New' }, 'post', otherCookie));
    await act('editComment', { orderId, commentId: mineId, comment: 'Mine, edited' }, 'put').then(
      (res) => expect(res.status).toBe(200),
    );
    expect(await commentsOf(orderId)).toEqual(['Mine, edited', 'Theirs', 'New']);

    afterNextOrderRead(() => act('addComment', { orderId, comment: 'Newer' }, 'post', otherCookie));
    const deleted = await act('deleteComment', { orderId, commentId: mineId }, 'delete');
    expect(deleted.status).toBe(200);
    expect(await commentsOf(orderId)).toEqual(['Theirs', 'New', 'Newer']);
  });

  it('when a comment before mine is deleted while I edit mine, then my edit lands on my comment', async () => {
    const { orderId } = await insertOrder(server, fixture, { lines: [{ productId }] });
    const first = await act('addComment', { orderId, comment: 'Theirs' }, 'post', otherCookie);
    const firstId = present(
      z.array(commentSchema).parse(first.body.responseData)[0],
      'their comment',
    )._id;
    const added = await act('addComment', { orderId, comment: 'Mine' });
    const mineId = present(
      z.array(commentSchema).parse(added.body.responseData)[1],
      'my comment',
    )._id;
    afterNextOrderRead(() =>
      act('deleteComment', { orderId, commentId: firstId }, 'delete', otherCookie),
    );
    const edited = await act(
      'editComment',
      { orderId, commentId: mineId, comment: 'Mine, edited' },
      'put',
    );
    expect(edited.status).toBe(200);
    expect(await commentsOf(orderId)).toEqual(['Mine, edited']);
  });

  it('when my comment is deleted while I edit it, then 404 and nothing comes back', async () => {
    const { orderId, mineId } = await orderWithComments();
    afterNextOrderRead(() =>
      server.services.shop.Order.updateOne(
        { _id: orderId },
        { $pull: { comments: { _id: mineId } } },
      ),
    );
    const edited = await act(
      'editComment',
      { orderId, commentId: mineId, comment: 'Too late' },
      'put',
    );
    expect(edited.status).toBe(404);
    expect(await commentsOf(orderId)).toEqual(['Theirs']);
  });
});

describe('listing', () => {
  it('when orders are listed by status, then the Veniqa projection comes back newest first', async () => {
    const older = await insertOrder(server, fixture, {
      status: 'CANCELLED',
      lines: [{ productId, name: 'Old' }],
      createdOn: new Date(Date.now() - 60_000),
    });
    const newer = await insertOrder(server, fixture, {
      status: 'CANCELLED',
      lines: [{ productId, name: 'New' }],
    });
    const res = await server.http
      .post('/orders/orderList')
      .set('Cookie', cookie)
      .send({
        orderStatus: 'CANCELLED',
        pagingOptions: { page: 1, limit: 50 },
        sortRule: '-auditLog.createdOn',
      });
    const page = paginated(adminOrderSummarySchema).parse(res.body.responseData);
    const ids = page.docs.map((d) => d._id);
    expect(ids.indexOf(newer.orderId)).toBeLessThan(ids.indexOf(older.orderId));
    expect(page.docs.every((d) => d.overall_status === 'CANCELLED')).toBe(true);
    expect(page.docs.find((d) => d._id === newer.orderId)?.cart.items[0]?.product.name).toBe('New');
  });

  it('when one order is read, then its lines carry category and tariff', async () => {
    const { orderId } = await insertOrder(server, fixture, { lines: [{ productId }] });
    const res = await server.http.get('/orders/order').query({ orderId }).set('Cookie', cookie);
    const order = detail(res);
    expect(order.cart.items[0]?.product.category).toMatchObject({
      category: 'Rings',
      subcategory: 'Gold',
    });
    expect(order.cart.items[0]?.product.tariff.name).toBe('Jewellery');
  });

  it('when older orders are backfilled, then admins see their numbers and find an order by number, as typed', async () => {
    const { orderId } = await insertOrder(server, fixture, {
      lines: [{ productId, name: 'Numbered' }],
      createdOn: new Date('2019-05-01T10:00:00Z'),
      userEmail: 'numbered@example.com',
    });
    await insertOrder(server, fixture, { lines: [{ productId }] });
    await backfillOrderNumbers(server.services.shop);
    const numbered = await server.services.shop.Order.findById(orderId).lean();
    const orderNumber = numbered?.orderNumber ?? '';
    expect(orderNumber).toMatch(/^AN-2019-\d{6}$/);

    const search = async (text: string) => {
      const res = await server.http
        .post('/orders/orderList')
        .set('Cookie', cookie)
        .send({ search: text, pagingOptions: { page: 1, limit: 50 } })
        .expect(200);
      return paginated(adminOrderSummarySchema).parse(res.body.responseData).docs;
    };
    const sequence = Number(orderNumber.slice('AN-2019-'.length));
    for (const typed of [orderNumber, orderNumber.toLowerCase(), `2019-${sequence}`]) {
      const found = await search(typed);
      expect(found.map((d) => d._id)).toEqual([orderId]);
      expect(found[0]?.orderNumber).toBe(orderNumber);
    }
    expect((await search('numbered@example')).map((d) => d._id)).toEqual([orderId]);
    expect(await search('AN-2019-999999')).toEqual([]);

    const res = await server.http.get('/orders/order').query({ orderId }).set('Cookie', cookie);
    expect(detail(res).orderNumber).toBe(orderNumber);
  });
});
