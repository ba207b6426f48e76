import { lineVatView, orderVatView, type Checkout } from '@aneis/contracts';
import {
  paymentStatusOf,
  type OrderDocumentFields,
  type StoredOrderLine,
  type StoredPayment,
} from '@aneis/data';
import { toMoney, toOptionalMoney } from '../money-view.js';

function lineView(line: StoredOrderLine) {
  // The variant's key is how stock is found again, not something a shopper reads.
  const {
    reservedStock: _reserved,
    tariffPrice: _tariff,
    vatPercent: _vatPercent,
    vatPrice: _vatPrice,
    variantKey: _variant,
    ...rest
  } = line;
  return {
    ...rest,
    product: {
      ...line.product,
      price: toMoney(line.product.price),
      marked_price: toOptionalMoney(line.product.marked_price),
    },
    aggregatedPrice: toMoney(line.aggregatedPrice),
    ...lineVatView(line),
  };
}

/** A payment as shoppers see it: the provider's raw answer stays with the managers. */
export function paymentView(payment: StoredPayment) {
  const { payment_service_response_dump: _dump, ...rest } = payment;
  return {
    ...rest,
    amount_in_usd: toMoney(payment.amount_in_usd),
    amount_in_payment_currency: toMoney(payment.amount_in_payment_currency),
  };
}

/** `{ coupon }` to spread into a view when the order used one, else nothing. */
export function couponField(doc: Pick<OrderDocumentFields, 'coupon'>) {
  return doc.coupon
    ? { coupon: { code: doc.coupon.code, discount: toMoney(doc.coupon.discount) } }
    : {};
}

/** A checkout or order in Veniqa's shape (money as decimal amounts, internal fields left out). */
export function toOrderView(doc: OrderDocumentFields): Checkout {
  const cart = doc.cart;
  const view = {
    _id: doc._id,
    overall_status: doc.overall_status,
    cart: {
      items: cart.items.map(lineView),
      totalWeight: cart.totalWeight,
      subTotalPrice: toMoney(cart.subTotalPrice),
      serviceCharge: toMoney(cart.serviceCharge),
      shippingPrice: toMoney(cart.shippingPrice),
      tariffPrice: toMoney(cart.tariffPrice),
      totalPrice: toMoney(cart.totalPrice),
      ...orderVatView(cart),
    },
    user_email: doc.user_email,
    mailing_address: doc.mailing_address,
    shipping_method: doc.shipping_method,
    payment_info: doc.payment_info.map(paymentView),
    payment_status: paymentStatusOf(doc),
    ...couponField(doc),
    comments: doc.comments,
    auditLog: doc.auditLog,
  };
  // ObjectIds and Dates become strings when the view is sent as JSON, which is what the type says.
  return view as unknown as Checkout;
}
