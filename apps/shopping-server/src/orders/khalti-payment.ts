import type { CheckoutDoc, ShopModels, StoredPayment } from '@aneis/data';
import { NotAcceptable, ServiceUnavailable } from '@aneis/errors';
import { CHECKOUT_MESSAGES } from '../checkout/checkout-messages.js';
import type { KhaltiPort } from '../payments/khalti-port.js';
import { claimPaymentOnce } from './claim-payment-once.js';
import type { PaymentSettlement } from './place-order.js';
import { askProvider } from './stripe-payment.js';

export function requireKhalti(khalti: KhaltiPort | undefined): KhaltiPort {
  if (!khalti) throw new ServiceUnavailable('Khalti payments are not available right now');
  return khalti;
}

/** Khalti pays in NPR, for deliveries to Nepal only (Veniqa's rule). */
export function assertKhaltiApplies(checkout: CheckoutDoc): void {
  const payment = checkout.payment_info[0];
  if (
    checkout.destination_country !== 'NP' ||
    payment?.amount_in_payment_currency.currency !== 'NPR'
  ) {
    throw new NotAcceptable(CHECKOUT_MESSAGES.khaltiNepalOnly);
  }
}

/**
 * Verifies the widget's token for the NPR amount in paisa; each transaction pays once. Our
 * Khalti port cannot refund, so stock is reserved before the token is verified (a sold-out
 * order is refused before Khalti is asked).
 */
export function settleWithKhalti(
  models: ShopModels,
  khalti: KhaltiPort,
  token: string,
): PaymentSettlement {
  return {
    async settle(checkout) {
      assertKhaltiApplies(checkout);
      const pending = checkout.payment_info[0];
      const local = pending?.amount_in_payment_currency ?? checkout.cart.totalPrice;
      const verified = await askProvider(() => khalti.verify(token, local.cents));
      await claimPaymentOnce(models, `khalti:${verified.idx}`, String(checkout._id));
      const payment: StoredPayment = {
        source: 'KHALTI',
        type: 'SALE',
        payment_id: verified.idx,
        transaction_id: verified.idx,
        amount_in_usd: checkout.cart.totalPrice,
        amount_in_payment_currency: local,
        ...(pending?.exchange_rate ? { exchange_rate: pending.exchange_rate } : {}),
        payment_service_response_dump: verified.raw,
      };
      return payment;
    },
  };
}
