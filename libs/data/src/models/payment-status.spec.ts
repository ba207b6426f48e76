import type { StoredPayment } from './payment-schema.js';
import { paymentStatusFromEntries, paymentStatusOf } from './payment-status.js';

const eur = (cents: number) => ({ cents, currency: 'EUR' });

function entry(
  source: StoredPayment['source'],
  type: StoredPayment['type'],
  cents = 10_000,
  dump?: unknown,
): StoredPayment {
  return {
    source,
    type,
    payment_id: '0',
    transaction_id: '0',
    amount_in_usd: eur(cents),
    amount_in_payment_currency: eur(cents),
    ...(dump === undefined ? {} : { payment_service_response_dump: dump }),
  };
}

describe('the payment state implied by payment entries', () => {
  it('when an order waits for cash on delivery, a bank transfer or Veniqa’s NONE placeholder, then it awaits payment', () => {
    for (const source of ['CASH_ON_DELIVERY', 'BANK_TRANSFER', 'NONE'] as const) {
      expect(paymentStatusFromEntries([entry(source, 'PENDING')])).toBe('AWAITING_PAYMENT');
    }
    expect(paymentStatusFromEntries([])).toBe('AWAITING_PAYMENT');
  });

  it('when a card intent succeeded or Khalti sold, then it is paid', () => {
    const intent = { id: 'pi_1', status: 'succeeded', amount: 10_000, currency: 'eur' };
    expect(paymentStatusFromEntries([entry('STRIPE', 'AUTHORIZATION', 10_000, intent)])).toBe(
      'PAID',
    );
    expect(paymentStatusFromEntries([entry('KHALTI', 'SALE')])).toBe('PAID');
    expect(paymentStatusFromEntries([entry('BANK_TRANSFER', 'SALE')])).toBe('PAID');
  });

  it('when Veniqa’s card charge was only authorised and never captured, then the money never came', () => {
    const charge = { id: 'ch_1', captured: false };
    expect(paymentStatusFromEntries([entry('STRIPE', 'AUTHORIZATION', 10_000, charge)])).toBe(
      'AWAITING_PAYMENT',
    );
  });

  it('when part or all of the money was refunded, then it is partially refunded or refunded', () => {
    const paid = entry('STRIPE', 'CAPTURE', 10_000);
    expect(paymentStatusFromEntries([paid, entry('STRIPE', 'REFUND', 2_500)])).toBe(
      'PARTIALLY_REFUNDED',
    );
    expect(
      paymentStatusFromEntries([
        paid,
        entry('STRIPE', 'REFUND', 2_500),
        entry('STRIPE', 'REFUND', 7_500),
      ]),
    ).toBe('REFUNDED');
  });

  it('when the state is stored, then it wins over the entries', () => {
    const pending = [entry('BANK_TRANSFER', 'PENDING')];
    expect(paymentStatusOf({ payment_status: 'PAID', payment_info: pending })).toBe('PAID');
    expect(paymentStatusOf({ payment_info: pending })).toBe('AWAITING_PAYMENT');
  });
});
