import { auditLog, checkoutExample, hostileOperator, ids, now, usd } from '../../test/fixtures.js';
import { failureEnvelopeSchema } from '../common/envelope.js';
import { adminOrderSummarySchema } from '../model/order-summaries.js';
import { commentSchema, lineProcessingSchema, orderSchema } from '../model/order.js';
import {
  addCommentBodySchema,
  adminOrderListBodySchema,
  deleteCommentBodySchema,
  editCommentBodySchema,
  markItemAsDeliveredBodySchema,
  markItemAsFulfillingBodySchema,
  markItemAsShippedBodySchema,
  orderIdBodySchema,
  updateDeliveryDetailsBodySchema,
  updateFulfillmentDetailsBodySchema,
} from './orders.js';

const line = { orderId: ids.checkout, cartItemId: ids.cartLine };

describe('admin order contracts', () => {
  it('when the §10 orderList request is parsed, then the sort becomes a safe object', () => {
    const body = adminOrderListBodySchema.parse({
      orderStatus: 'RECEIVED',
      pagingOptions: { page: 1, limit: 10 },
      sortRule: '-auditLog.createdOn',
    });
    expect(body.sortRule).toEqual({ 'auditLog.createdOn': -1 });
  });

  it.each([
    ['an unknown status', { orderStatus: 'LOST' }],
    ['an operator status', { orderStatus: { $ne: 'CANCELLED' } }],
    ['a hidden sort field', { sortRule: 'payment_info.payment_id' }],
  ])('when orderList has %s, then it is refused', (_label, change) => {
    const body = { pagingOptions: { page: 1, limit: 10 }, ...change };
    expect(adminOrderListBodySchema.safeParse(body).success).toBe(false);
  });

  it('when the §10 fulfil, ship and deliver requests are parsed, then amounts are numbers', () => {
    expect(
      markItemAsFulfillingBodySchema.parse({
        ...line,
        store: 'AMAZON',
        orderNumber: '875884983',
        totalCostPriceOfItemUSD: '25',
      }).totalCostPriceOfItemUSD,
    ).toBe(25);
    expect(
      markItemAsShippedBodySchema.parse({
        ...line,
        provider: 'MYUS',
        trackingNumber: '875884983',
        service: 'Next day',
        paidPostageInUSD: '15',
      }).paidPostageInUSD,
    ).toBe(15);
    expect(markItemAsDeliveredBodySchema.parse({ ...line, deliveryDate: '2015-03-25' })).toEqual({
      ...line,
      deliveryDate: '2015-03-25',
    });
  });

  it.each([
    ['a malformed cart item id', { ...line, cartItemId: '5c12…', deliveryDate: '2015-03-25' }],
    ['a non-date', { ...line, deliveryDate: 'tomorrow' }],
    ['an operator date', { ...line, deliveryDate: hostileOperator }],
  ])('when markItemAsDelivered has %s, then it is refused', (_label, body) => {
    expect(markItemAsDeliveredBodySchema.safeParse(body).success).toBe(false);
  });

  it('when a shop that makes its own rings prepares a line, then only the store is needed', () => {
    expect(markItemAsFulfillingBodySchema.parse({ ...line, store: 'Oficina' })).toEqual({
      ...line,
      store: 'Oficina',
    });
    // A form whose resell fields were left blank sends them empty.
    expect(
      markItemAsFulfillingBodySchema.parse({
        ...line,
        store: 'Oficina',
        orderNumber: ' ',
        totalCostPriceOfItemUSD: '',
      }),
    ).toEqual({ ...line, store: 'Oficina', orderNumber: '', totalCostPriceOfItemUSD: '' });
    expect(markItemAsFulfillingBodySchema.safeParse({ ...line, orderNumber: 'PO-1' }).success).toBe(
      false,
    );
    expect(
      markItemAsFulfillingBodySchema.safeParse({
        ...line,
        store: 'Oficina',
        totalCostPriceOfItemUSD: 'x',
      }).success,
    ).toBe(false);
  });

  it('when an update sends empty fields, then they parse (the server says "nothing sent")', () => {
    expect(
      updateFulfillmentDetailsBodySchema.parse({ ...line, store: '', totalCostPriceOfItemUSD: '' }),
    ).toEqual({ ...line, store: '', totalCostPriceOfItemUSD: '' });
    expect(updateDeliveryDetailsBodySchema.parse(line)).toEqual(line);
    expect(
      updateFulfillmentDetailsBodySchema.safeParse({ ...line, totalCostPriceOfItemUSD: '-3' })
        .success,
    ).toBe(false);
  });

  it('when the §10 line after delivery is parsed, then it passes', () => {
    const processed = {
      status: 'DELIVERED',
      fulfillment_order_details: {
        store: 'AMAZON',
        order_number: '875884983',
        total_cost_price_of_item: usd(25),
        auditLog,
      },
      shipment: {
        provider: 'MYUS',
        tracking_number: '875884983',
        service: 'Next day',
        paid_postage: usd(15),
        auditLog,
      },
      delivery: { delivery_date: '2015-03-25T00:00:00.000Z', auditLog },
    };
    expect(lineProcessingSchema.parse(processed)).toEqual(processed);
    const order = structuredClone(checkoutExample) as Record<string, unknown>;
    const cart = order['cart'] as { items: Record<string, unknown>[] };
    cart.items[0] = { ...cart.items[0], order_line_level_processing_details: processed };
    expect(orderSchema.parse({ ...order, overall_status: 'COMPLETED' }).overall_status).toBe(
      'COMPLETED',
    );
  });

  it('when the §10 wrong-state answer is parsed, then it is a failure envelope', () => {
    const body = {
      httpStatus: 405,
      status: 'failed',
      errorDetails: 'only orders in received state can be confirmed',
    };
    expect(failureEnvelopeSchema.parse(body)).toEqual(body);
    expect(orderIdBodySchema.safeParse({ orderId: hostileOperator }).success).toBe(false);
  });

  it('when the §10 comment requests are parsed, then they pass; oversized ones fail', () => {
    const add = { orderId: ids.checkout, comment: 'Called the customer.' };
    expect(addCommentBodySchema.parse(add)).toEqual(add);
    expect(editCommentBodySchema.parse({ ...add, commentId: ids.comment })).toEqual({
      ...add,
      commentId: ids.comment,
    });
    expect(
      deleteCommentBodySchema.parse({ orderId: ids.checkout, commentId: ids.comment }),
    ).toEqual({ orderId: ids.checkout, commentId: ids.comment });
    expect(addCommentBodySchema.safeParse({ ...add, comment: 'x'.repeat(2001) }).success).toBe(
      false,
    );
    expect(commentSchema.parse({ _id: ids.comment, content: 'Hi', auditLog }).content).toBe('Hi');
  });

  it('when an admin order list row is parsed, then it passes', () => {
    const row = {
      _id: ids.checkout,
      overall_status: 'RECEIVED',
      user_email: 'ann@example.com',
      cart: { totalWeight: { quantity: 6.4, unit: 'LB' }, items: [{ product: { name: 'Ring' } }] },
      payment_info: [{ amount_in_usd: usd(84.98) }],
      payment_status: 'AWAITING_PAYMENT',
      mailing_address: { country: 'Nepal', state: 'Bagmati', city: 'Kathmandu' },
      auditLog: { createdOn: now },
    };
    expect(adminOrderSummarySchema.parse(row)).toEqual(row);
    for (const state of ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED']) {
      expect(adminOrderSummarySchema.parse({ ...row, payment_status: state }).payment_status).toBe(
        state,
      );
    }
    expect(adminOrderSummarySchema.safeParse({ ...row, payment_status: 'PENDING' }).success).toBe(
      false,
    );
  });
});
