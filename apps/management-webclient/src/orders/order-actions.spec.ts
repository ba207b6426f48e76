import type { LineProcessing, OrderStatus } from '@aneis/contracts';
import { auditBy, orderFixture, paidWith } from '../testing/order-fixture.js';
import {
  allowedLineActions,
  allowedOrderActions,
  returnableUnits,
  manualPaymentToConfirm,
} from './order-actions.js';

const audit = auditBy('ana@aneis.pt');
const fulfilment = {
  store: 'Atelier',
  order_number: 'F-1',
  total_cost_price_of_item: { amount: 20, currency: 'EUR' },
  auditLog: audit,
};
const shipment = {
  provider: 'CTT',
  tracking_number: 'RR123',
  service: 'Registado',
  paid_postage: { amount: 4, currency: 'EUR' },
  auditLog: audit,
};
const delivery = { delivery_date: '2026-05-03T00:00:00.000Z', auditLog: audit };

function lineIn(status: OrderStatus, details: LineProcessing | undefined) {
  const [line] = orderFixture(status, [details]).cart.items;
  if (!line) throw new Error('the fixture has one line');
  return allowedLineActions(status, line);
}

describe('order actions', () => {
  it('when an order is RECEIVED, then it may be confirmed; cancelled until a line ships, never after', () => {
    expect(allowedOrderActions(orderFixture('RECEIVED', [undefined]))).toEqual({
      confirm: true,
      cancel: true,
    });
    for (const status of ['CONFIRMED', 'IN-PROGRESS'] as const) {
      expect(allowedOrderActions(orderFixture(status, [{ status: 'FULFILLING' }]))).toEqual({
        confirm: false,
        cancel: true,
      });
      expect(
        allowedOrderActions(
          orderFixture(status, [{ status: 'FULFILLING' }, { status: 'SHIPPED' }]),
        ),
      ).toEqual({ confirm: false, cancel: false });
    }
    for (const status of ['COMPLETED', 'CANCELLED'] as const) {
      expect(allowedOrderActions(orderFixture(status, [undefined]))).toEqual({
        confirm: false,
        cancel: false,
      });
    }
  });

  it('when a line is delivered, then the units not returned yet may come back; before delivery none', () => {
    const [delivered] = orderFixture('COMPLETED', [{ status: 'DELIVERED' }]).cart.items;
    if (!delivered) throw new Error('the fixture has one line');
    expect(returnableUnits({ ...delivered, counts: 3 })).toBe(3);
    expect(returnableUnits({ ...delivered, counts: 3, returned: 2 })).toBe(1);
    expect(returnableUnits({ ...delivered, counts: 3, returned: 3 })).toBe(0);
    const [shipped] = orderFixture('IN-PROGRESS', [{ status: 'SHIPPED' }]).cart.items;
    if (!shipped) throw new Error('the fixture has one line');
    expect(returnableUnits(shipped)).toBe(0);
  });

  it('when a line has not been confirmed yet, then no line step is offered', () => {
    expect(lineIn('RECEIVED', undefined)).toEqual([]);
  });

  it('when the order is confirmed, then each line moves one step forward only', () => {
    expect(lineIn('CONFIRMED', { status: 'PROCESSING' })).toEqual(['fulfil']);
    expect(
      lineIn('IN-PROGRESS', { status: 'FULFILLING', fulfillment_order_details: fulfilment }),
    ).toEqual(['ship', 'editFulfilment']);
    expect(
      lineIn('IN-PROGRESS', {
        status: 'SHIPPED',
        fulfillment_order_details: fulfilment,
        shipment,
      }),
    ).toEqual(['deliver', 'editFulfilment', 'editShipment']);
  });

  it('when a line is delivered or the order is closed, then only recorded details are editable', () => {
    const done: LineProcessing = {
      status: 'DELIVERED',
      fulfillment_order_details: fulfilment,
      shipment,
      delivery,
    };
    expect(lineIn('COMPLETED', done)).toEqual(['editFulfilment', 'editShipment', 'editDelivery']);
    expect(lineIn('CANCELLED', { status: 'PROCESSING' })).toEqual([]);
  });

  it('when the order is only CONFIRMED, then details cannot be edited yet', () => {
    expect(
      lineIn('CONFIRMED', { status: 'FULFILLING', fulfillment_order_details: fulfilment }),
    ).toEqual(['ship']);
  });
});

describe('which payments a manager may mark as received', () => {
  it('when cash on delivery or a transfer awaits its money, then that payment is offered', () => {
    for (const source of ['CASH_ON_DELIVERY', 'BANK_TRANSFER'] as const) {
      const order = paidWith(orderFixture('RECEIVED'), source, 'AWAITING_PAYMENT');
      expect(manualPaymentToConfirm(order)?.source).toBe(source);
    }
  });

  it('when the order is paid, paid by card, without a payment or cancelled, then nothing is offered', () => {
    expect(
      manualPaymentToConfirm(paidWith(orderFixture('CONFIRMED'), 'BANK_TRANSFER', 'PAID')),
    ).toBeUndefined();
    expect(
      manualPaymentToConfirm(paidWith(orderFixture('RECEIVED'), 'STRIPE', 'AWAITING_PAYMENT')),
    ).toBeUndefined();
    expect(manualPaymentToConfirm(orderFixture('RECEIVED'))).toBeUndefined();
    expect(
      manualPaymentToConfirm(
        paidWith(orderFixture('CANCELLED'), 'CASH_ON_DELIVERY', 'AWAITING_PAYMENT'),
      ),
    ).toBeUndefined();
  });
});
