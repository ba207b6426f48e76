import {
  lineVatView,
  moneyFromMinor,
  orderVatView,
  returnStatusOf,
  type AdminOrderSummary,
} from '@aneis/contracts';
import {
  paymentStatusOf,
  type CategoryDoc,
  type OrderDoc,
  type StoredComment,
  type StoredLineProcessing,
  type StoredOrderLine,
  type StoredRefund,
  type StoredReturn,
  type TariffDoc,
} from '@aneis/data';
import { toCategoryView, toTariffView } from '../catalog/product-view.js';

type Lean<T> = T & { __v?: number };
export type LeanOrder = Lean<OrderDoc>;

const money = moneyFromMinor;

function processingView(details: StoredLineProcessing) {
  const { fulfillment_order_details: fulfilment, shipment, delivery } = details;
  return {
    status: details.status,
    ...(fulfilment
      ? {
          fulfillment_order_details: {
            ...fulfilment,
            ...(fulfilment.total_cost_price_of_item
              ? { total_cost_price_of_item: money(fulfilment.total_cost_price_of_item) }
              : {}),
          },
        }
      : {}),
    ...(shipment ? { shipment: { ...shipment, paid_postage: money(shipment.paid_postage) } } : {}),
    ...(delivery ? { delivery } : {}),
  };
}

export function commentView(comment: StoredComment) {
  return { _id: String(comment._id), content: comment.content, auditLog: comment.auditLog };
}

type Lookup<T> = ReadonlyMap<string, T>;

function refundView(refund: StoredRefund) {
  return { ...refund, _id: String(refund._id), amount: money(refund.amount), ...ids(refund) };
}

function ids(refund: StoredRefund) {
  return refund.returnId ? { returnId: String(refund.returnId) } : {};
}

function returnView(entry: StoredReturn) {
  return { ...entry, _id: String(entry._id), lineId: String(entry.lineId) };
}

/** Money given back and units returned, only on orders that have some (Veniqa's shape else). */
function refundsAndReturns(order: LeanOrder) {
  return {
    ...(order.refunds?.length ? { refunds: order.refunds.map(refundView) } : {}),
    ...(order.returns?.length ? { returns: order.returns.map(returnView) } : {}),
  };
}

function returnedOf(order: LeanOrder, line: StoredOrderLine): number {
  return (order.returns ?? [])
    .filter((entry) => String(entry.lineId) === String(line._id))
    .reduce((sum, entry) => sum + entry.quantity, 0);
}

/** Whether the order came back in part or whole, when any of it did (`overall_status` stays). */
function returnStatusView(order: LeanOrder) {
  const status = returnStatusOf(
    order.cart.items.map((line) => ({ counts: line.counts, returned: returnedOf(order, line) })),
  );
  return status ? { return_status: status } : {};
}

function lineView(
  line: StoredOrderLine,
  categories: Lookup<CategoryDoc>,
  tariffs: Lookup<TariffDoc>,
  returned = 0,
) {
  const { product } = line;
  const category = categories.get(String(product.category));
  const tariff = tariffs.get(String(product.tariff));
  return {
    _id: String(line._id),
    product: {
      ...product,
      _id: String(product._id),
      price: money(product.price),
      ...(product.marked_price ? { marked_price: money(product.marked_price) } : {}),
      // A snapshot outlives its category or tariff only in theory (both refuse deletion while
      // any product uses them); the id is still shown if it happens.
      category: category
        ? toCategoryView(category)
        : { _id: String(product.category), category: '', subcategory: '' },
      tariff: tariff ? toTariffView(tariff) : { _id: String(product.tariff), name: '', rates: {} },
    },
    counts: line.counts,
    aggregatedWeight: line.aggregatedWeight,
    aggregatedPrice: money(line.aggregatedPrice),
    ...lineVatView(line),
    ...(line.customizations ? { customizations: line.customizations } : {}),
    ...(line.variantSku ? { variantSku: line.variantSku } : {}),
    ...(line.order_line_level_processing_details
      ? {
          order_line_level_processing_details: processingView(
            line.order_line_level_processing_details,
          ),
        }
      : {}),
    ...(returned > 0 ? { returned } : {}),
  };
}

/** The admin's full order: money as `{ amount, currency }`, snapshots' category and tariff populated. */
export function adminOrderDetailView(
  order: LeanOrder,
  categories: Lookup<CategoryDoc>,
  tariffs: Lookup<TariffDoc>,
) {
  const { cart } = order;
  return {
    _id: String(order._id),
    ...(order.orderNumber === undefined ? {} : { orderNumber: order.orderNumber }),
    overall_status: order.overall_status,
    ...returnStatusView(order),
    cart: {
      items: cart.items.map((line) => lineView(line, categories, tariffs, returnedOf(order, line))),
      totalWeight: cart.totalWeight,
      subTotalPrice: money(cart.subTotalPrice),
      serviceCharge: money(cart.serviceCharge),
      shippingPrice: money(cart.shippingPrice),
      tariffPrice: money(cart.tariffPrice),
      totalPrice: money(cart.totalPrice),
      ...orderVatView(cart),
    },
    user_email: order.user_email,
    mailing_address: { ...order.mailing_address, _id: String(order.mailing_address._id) },
    shipping_method: order.shipping_method,
    payment_info: order.payment_info.map((payment) => ({
      ...payment,
      amount_in_usd: money(payment.amount_in_usd),
      amount_in_payment_currency: money(payment.amount_in_payment_currency),
    })),
    payment_status: paymentStatusOf(order),
    ...(order.coupon
      ? { coupon: { code: order.coupon.code, discount: money(order.coupon.discount) } }
      : {}),
    comments: order.comments.map(commentView),
    auditLog: order.auditLog,
    ...refundsAndReturns(order),
  };
}

export function adminOrderSummaryView(order: LeanOrder): AdminOrderSummary {
  return {
    _id: String(order._id),
    ...(order.orderNumber === undefined ? {} : { orderNumber: order.orderNumber }),
    overall_status: order.overall_status,
    ...returnStatusView(order),
    user_email: order.user_email,
    cart: {
      totalWeight: order.cart.totalWeight,
      items: order.cart.items.map((line) => ({ product: { name: line.product.name } })),
    },
    payment_info: order.payment_info.map((payment) => ({
      amount_in_usd: money(payment.amount_in_usd),
    })),
    payment_status: paymentStatusOf(order),
    mailing_address: {
      country: order.mailing_address.country,
      state: order.mailing_address.state,
      city: order.mailing_address.city,
    },
    auditLog: { createdOn: order.auditLog.createdOn.toISOString() },
  };
}
