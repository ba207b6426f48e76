import type { OrderDocumentFields } from '@aneis/data';
import { toMoney } from '../money-view.js';

/** The condensed order Veniqa's "order received" template iterates (§5). */
export function orderMailData(order: OrderDocumentFields, orderUrl: string) {
  return {
    _id: String(order._id),
    overall_status: order.overall_status,
    user_email: order.user_email,
    mailing_address: { ...order.mailing_address, _id: String(order.mailing_address._id) },
    cart: {
      items: order.cart.items.map((line) => ({
        product: {
          name: line.product.name,
          brand: line.product.brand,
          store: line.product.store,
          price: toMoney(line.product.price),
        },
        counts: line.counts,
        aggregatedPrice: toMoney(line.aggregatedPrice),
        customizations: line.customizations ?? {},
      })),
      totalWeight: order.cart.totalWeight,
      subTotalPrice: toMoney(order.cart.subTotalPrice),
      serviceCharge: toMoney(order.cart.serviceCharge),
      shippingPrice: toMoney(order.cart.shippingPrice),
      tariffPrice: toMoney(order.cart.tariffPrice),
      totalPrice: toMoney(order.cart.totalPrice),
    },
    payment_info: order.payment_info.map((payment) => ({
      source: payment.source,
      type: payment.type,
      amount_in_payment_currency: toMoney(payment.amount_in_payment_currency),
    })),
    // Veniqa's template had a tracking-link placeholder nobody filled.
    orders: { track_url: orderUrl },
  };
}
