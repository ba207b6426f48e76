import {
  checkoutExample,
  hostileOperator,
  ids,
  now,
  pendingPaymentExample,
  productRecordExample,
  usd,
} from '../../test/fixtures.js';
import { checkoutSchema } from '../model/order.js';
import { groupIban } from '../constants/iban-groups.js';
import { userOrderDetailSchema, userOrderSummarySchema } from '../model/order-summaries.js';
import { paymentSchema } from '../model/payment.js';
import {
  completeCheckoutBodySchema,
  completeCheckoutManuallyBodySchema,
  createCheckoutBodySchema,
  orderIdResponseSchema,
  userOrderListBodySchema,
} from './orders.js';

describe('checkout and order contracts', () => {
  it('when the §10 createCheckout request is parsed, then it passes', () => {
    const body = { addressId: ids.address, shippingMethod: 'No Rush Shipping' };
    expect(createCheckoutBodySchema.parse(body)).toEqual(body);
  });

  it('when a checkout document with the §10 totals is parsed, then it passes', () => {
    const parsed = checkoutSchema.parse(checkoutExample);
    expect(parsed.cart.totalPrice).toEqual(usd(84.98));
    expect(parsed.cart.items[0]?.product.stock).toBe(5);
  });

  it('when the §10 pending payment entry is parsed, then it passes', () => {
    expect(paymentSchema.parse(pendingPaymentExample)).toEqual(pendingPaymentExample);
  });

  it('when the §10 completion request is parsed, then it passes', () => {
    const body = { checkoutId: ids.checkout, paymentToken: 'pi_3Nabc_secret' };
    expect(completeCheckoutBodySchema.parse(body)).toEqual(body);
    expect(orderIdResponseSchema.parse({ order_id: ids.checkout })).toEqual({
      order_id: ids.checkout,
    });
  });

  it('when a manual completion names a supported method, then it passes', () => {
    for (const method of ['CASH_ON_DELIVERY', 'BANK_TRANSFER']) {
      expect(
        completeCheckoutManuallyBodySchema.parse({ checkoutId: ids.checkout, method }),
      ).toEqual({ checkoutId: ids.checkout, method });
    }
  });

  it.each([
    ['an unknown method', { checkoutId: ids.checkout, method: 'NONE' }],
    ['an operator checkout id', { checkoutId: hostileOperator, method: 'BANK_TRANSFER' }],
  ])('when a manual completion has %s, then it is refused', (_label, body) => {
    expect(completeCheckoutManuallyBodySchema.safeParse(body).success).toBe(false);
  });

  it('when a manual completion claims it is paid, then that key is stripped', () => {
    expect(
      completeCheckoutManuallyBodySchema.parse({
        checkoutId: ids.checkout,
        method: 'BANK_TRANSFER',
        paid: true,
      }),
    ).toEqual({ checkoutId: ids.checkout, method: 'BANK_TRANSFER' });
  });

  it.each([
    ['an operator token', { checkoutId: ids.checkout, paymentToken: hostileOperator }],
    ['a token with spaces', { checkoutId: ids.checkout, paymentToken: 'pi 1' }],
    ['an oversized token', { checkoutId: ids.checkout, paymentToken: 'p'.repeat(256) }],
    ['a malformed checkout id', { checkoutId: '5c57…', paymentToken: 'pi_1' }],
  ])('when a completion has %s, then it is refused', (_label, body) => {
    expect(completeCheckoutBodySchema.safeParse(body).success).toBe(false);
  });

  it.each([
    ['an operator address', { addressId: hostileOperator, shippingMethod: 'x' }],
    ['an empty shipping method', { addressId: ids.address, shippingMethod: ' ' }],
    ['an object shipping method', { addressId: ids.address, shippingMethod: hostileOperator }],
  ])('when createCheckout has %s, then it is refused', (_label, body) => {
    expect(createCheckoutBodySchema.safeParse(body).success).toBe(false);
  });

  it('when the shopper lists orders, then paging is required and sorting is restricted', () => {
    expect(userOrderListBodySchema.parse({ pagingOptions: { page: 1, limit: 10 } })).toEqual({
      pagingOptions: { page: 1, limit: 10 },
    });
    expect(userOrderListBodySchema.safeParse({}).success).toBe(false);
    expect(
      userOrderListBodySchema.safeParse({
        pagingOptions: { page: 1, limit: 10 },
        sortRule: 'user_email',
      }).success,
    ).toBe(false);
  });

  it('when the shopper order list and detail projections are parsed, then they pass', () => {
    const product = {
      _id: ids.product,
      name: productRecordExample.name,
      brand: productRecordExample.brand,
      store: productRecordExample.store,
      thumbnailUrls: productRecordExample.thumbnailUrls,
    };
    const line = {
      _id: ids.cartLine,
      product,
      counts: 2,
      aggregatedPrice: usd(55.98),
      customizations: { Size: '10' },
      order_line_level_processing_details: {
        status: 'DELIVERED',
        delivery: { delivery_date: now },
      },
    };
    const summary = {
      _id: ids.checkout,
      overall_status: 'COMPLETED',
      cart: { items: [line], totalPrice: usd(70.49) },
      mailing_address: { country: 'Nepal' },
      payment_status: 'PAID',
      auditLog: { createdOn: now },
    };
    expect(userOrderSummarySchema.parse(summary)).toEqual(summary);
    const detail = {
      ...summary,
      cart: {
        ...checkoutExample.cart,
        items: [{ ...line, product: { ...product, price: usd(27.99) } }],
      },
      payment_info: [
        {
          source: 'BANK_TRANSFER',
          type: 'PENDING',
          amount_in_usd: usd(84.98),
          amount_in_payment_currency: usd(84.98),
        },
      ],
      mailing_address: checkoutExample.mailing_address,
    };
    expect(userOrderDetailSchema.parse(detail).payment_info[0]?.source).toBe('BANK_TRANSFER');
    const instructions = {
      iban: 'PT50000201231234567890154',
      beneficiary: 'A Senhora dos Anéis',
      reference: ids.checkout,
      amount: usd(84.98),
      deadline: '2026-03-20',
    };
    expect(userOrderDetailSchema.parse({ ...detail, bank_transfer: instructions })).toMatchObject({
      bank_transfer: instructions,
    });
    expect(
      userOrderDetailSchema.safeParse({
        ...detail,
        bank_transfer: { ...instructions, deadline: 'in three days' },
      }).success,
    ).toBe(false);
  });

  it('when an IBAN is shown, then it is grouped in fours whatever spacing it came with', () => {
    expect(groupIban('PT50000201231234567890154')).toBe('PT50 0002 0123 1234 5678 9015 4');
    expect(groupIban(' gb82 west12345698765432 ')).toBe('GB82 WEST 1234 5698 7654 32');
    expect(groupIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
  });
});
