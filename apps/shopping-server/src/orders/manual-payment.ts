import type { ManualPaymentMethod } from '@aneis/contracts';
import type { StoredPayment } from '@aneis/data';
import type { PaymentSettlement } from './place-order.js';

/**
 * Cash on delivery or bank transfer: no provider to ask, so the order is placed with a pending
 * payment a manager settles later.
 */
export function settleManually(method: ManualPaymentMethod): PaymentSettlement {
  return {
    async settle(checkout) {
      const pending = checkout.payment_info[0];
      const payment: StoredPayment = {
        source: method,
        type: 'PENDING',
        payment_id: '0',
        transaction_id: '0',
        amount_in_usd: checkout.cart.totalPrice,
        amount_in_payment_currency: pending?.amount_in_payment_currency ?? checkout.cart.totalPrice,
        ...(pending?.exchange_rate ? { exchange_rate: pending.exchange_rate } : {}),
      };
      return payment;
    },
  };
}
