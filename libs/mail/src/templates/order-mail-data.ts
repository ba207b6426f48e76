import { labelChoices, moneyFromMinor } from '@aneis/contracts';
import type { OrderForMail } from './order-for-mail.js';

/**
 * The condensed order the order templates iterate (Veniqa's "order received" shape): money as
 * `{ amount, currency }`, ids as strings, nothing internal (no stock, audit or provider dumps).
 */
export function orderMailData(order: OrderForMail, orderUrl?: string) {
  const language = order.language === 'en' ? 'en' : 'pt';
  return {
    _id: String(order._id),
    ...(order.orderNumber === undefined ? {} : { order_number: order.orderNumber }),
    overall_status: order.overall_status,
    user_email: order.user_email,
    mailing_address: {
      ...order.mailing_address,
      ...(order.mailing_address._id === undefined
        ? {}
        : { _id: String(order.mailing_address._id) }),
    },
    cart: {
      items: order.cart.items.map((line) => ({
        product: {
          name: line.product.name,
          brand: line.product.brand,
          store: line.product.store,
          price: moneyFromMinor(line.product.price),
        },
        counts: line.counts,
        aggregatedPrice: moneyFromMinor(line.aggregatedPrice),
        customizations: line.customizations ?? {},
        // The choices labelled in the order's language ("Metal: Platinum 950"), never raw keys.
        options: labelChoices(line.product, line.customizations ?? undefined).map((choice) => ({
          name: choice.option[language],
          value: choice.label[language],
        })),
      })),
      totalWeight: order.cart.totalWeight,
      subTotalPrice: moneyFromMinor(order.cart.subTotalPrice),
      serviceCharge: moneyFromMinor(order.cart.serviceCharge),
      shippingPrice: moneyFromMinor(order.cart.shippingPrice),
      tariffPrice: moneyFromMinor(order.cart.tariffPrice),
      totalPrice: moneyFromMinor(order.cart.totalPrice),
      ...(order.cart.vatLines
        ? {
            vatLines: order.cart.vatLines.map((vat) => ({
              ratePercent: vat.ratePercent,
              vatPrice: moneyFromMinor(vat.vatPrice),
            })),
          }
        : {}),
    },
    ...(order.coupon
      ? {
          coupon: {
            code: order.coupon.code,
            discount: moneyFromMinor(order.coupon.discount),
          },
        }
      : {}),
    payment_info: order.payment_info.map((payment) => ({
      source: payment.source,
      type: payment.type,
      amount_in_payment_currency: moneyFromMinor(payment.amount_in_payment_currency),
    })),
    // Veniqa's template had a tracking-link placeholder nobody filled.
    orders: { track_url: orderUrl ?? '' },
  };
}

export type OrderMailData = ReturnType<typeof orderMailData>;
